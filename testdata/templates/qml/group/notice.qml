<template name="notice-item">
  <view class="notice {{ pinned ? 'notice--pinned' : '' }}">
    <text class="notice__pin" qq:if="{{ pinned }}">📌 置顶</text>
    <text class="notice__title">{{ title }}</text>
    <text class="notice__body">{{ body }}</text>
    <text class="notice__meta">{{ author }} 发布于 {{ time }} · {{ reads }} 人已读</text>
  </view>
</template>
<view class="notices">
  <block qq:for="{{ notices }}" qq:key="id">
    <template is="notice-item" data="{{ ...item }}"/>
  </block>
  <button qq:if="{{ isAdmin }}" class="notices__new" bindtap="create">发布新公告</button>
</view>
