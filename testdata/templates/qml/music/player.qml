<view class="music">
  <image class="music__bg" src="{{ song.cover }}" mode="aspectFill"></image>
  <view class="music__disc {{ playing ? 'music__disc--rotate' : '' }}">
    <image src="{{ song.cover }}" class="music__cover"/>
  </view>
  <text class="music__name">{{ song.name }}</text>
  <text class="music__singer">{{ song.singer }} - 《{{ song.album }}》</text>
  <scroll-view class="lyrics" scroll-y scroll-into-view="line-{{ currentLine }}" scroll-with-animation>
    <view qq:for="{{ lyrics }}" qq:key="time" id="line-{{ index }}" class="lyric {{ index === currentLine ? 'lyric--on' : '' }}">{{ item.text }}</view>
  </scroll-view>
  <slider class="music__progress" value="{{ position }}" max="{{ duration }}" block-size="12" bindchange="seek" bindchanging="dragging"/>
  <view class="music__time"><text>{{ positionText }}</text><text>{{ durationText }}</text></view>
  <view class="music__ctrl">
    <text bindtap="switchMode">{{ mode === 'loop' ? '🔁' : mode === 'single' ? '🔂' : '🔀' }}</text>
    <text bindtap="prev">⏮</text>
    <text class="music__play" bindtap="toggle">{{ playing ? '⏸' : '▶️' }}</text>
    <text bindtap="next">⏭</text>
    <text bindtap="openList">📃</text>
  </view>
</view>
