Page({
  data: {
    src: 'https://cdn.example.com/intro.mp4',
    autoplay: true
  }
})
