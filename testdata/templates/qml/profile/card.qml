<view class="profile">
  <view class="profile__head" style="background-image: url('{{ user.bg }}')">
    <image class="profile__avatar" src="{{ user.avatar }}" bindtap="changeAvatar"></image>
    <text class="profile__nick">{{ user.nick }}</text>
    <text class="profile__sign">{{ user.signature || '这个人很懒，什么都没写~' }}</text>
    <view class="profile__vip" qq:if="{{ user.vip }}">SVIP{{ user.vipLevel }} 👑</view>
  </view>
  <view class="profile__stats">
    <view><text class="num">{{ user.likes }}</text><text>赞</text></view>
    <view><text class="num">{{ user.friends }}</text><text>好友</text></view>
    <view><text class="num">{{ user.groups }}</text><text>群聊</text></view>
  </view>
  <view class="profile__menu">
    <navigator url="/pages/settings/settings" class="menu-item">⚙️ 设置</navigator>
    <navigator url="/pages/wallet/wallet" class="menu-item">💰 钱包</navigator>
    <navigator url="/pages/about/about" class="menu-item">ℹ️ 关于 &amp; 帮助</navigator>
  </view>
  <button class="profile__edit" bindtap="edit" qq:if="{{ isSelf }}">编辑资料</button>
  <button class="profile__add" type="primary" bindtap="addFriend" qq:else>加为好友</button>
</view>
