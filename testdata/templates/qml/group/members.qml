<wxs module="role">
module.exports = {
  name: function (r) {
    return r === 2 ? '群主' : r === 1 ? '管理员' : '';
  }
};
</wxs>
<view class="members">
  <view class="members__search">
    <input placeholder="搜索群成员" value="{{ keyword }}" bindinput="onSearch"/>
  </view>
  <view class="member" qq:for="{{ filtered }}" qq:key="uin" data-uin="{{ item.uin }}" bindtap="openProfile" bindlongpress="openMenu">
    <image class="member__avatar" src="{{ item.avatar }}"></image>
    <text class="member__nick">{{ item.card || item.nick }}</text>
    <text class="member__role" qq:if="{{ item.role > 0 }}">{{ role.name(item.role) }}</text>
    <text class="member__lv">LV{{ item.level }}</text>
  </view>
  <view class="members__tip" qq:if="{{ !filtered.length }}">没有找到“{{ keyword }}”相关的成员</view>
</view>
