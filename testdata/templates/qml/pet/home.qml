<view class="pet">
  <view class="pet__status">
    <view class="bar" qq:for="{{ stats }}" qq:key="key">
      <text class="bar__label">{{ item.icon }} {{ item.label }}</text>
      <progress percent="{{ item.value }}" stroke-width="8" activeColor="{{ item.value < 30 ? '#f5222d' : '#52c41a' }}"/>
    </view>
  </view>
  <image class="pet__img {{ mood }}" src="/img/pet-{{ pet.stage }}-{{ mood }}.gif" bindtap="pat"/>
  <text class="pet__bubble" qq:if="{{ bubble }}">{{ bubble }}</text>
  <view class="pet__actions">
    <view class="action" bindtap="feed">🍖 喂食</view>
    <view class="action" bindtap="bath">🛁 洗澡</view>
    <view class="action" bindtap="play">🎾 玩耍</view>
    <view class="action" bindtap="sleep">💤 睡觉</view>
  </view>
  <view class="pet__bag">
    <view class="bag-item" qq:for="{{ bag }}" qq:key="id" data-id="{{ item.id }}" bindtap="useItem">
      <image src="{{ item.icon }}"/>
      <text>×{{ item.count }}</text>
    </view>
  </view>
</view>
