Page({
  data: { todos: [] },
  addTodo() {
    my.navigateTo({ url: '../add-todo/add-todo' });
  },
});
