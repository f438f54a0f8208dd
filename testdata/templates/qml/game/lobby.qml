<view class="lobby">
  <view class="lobby__banner">
    <text class="lobby__title">🎮 欢乐斗地主</text>
    <text class="lobby__online">当前在线 {{ online }} 人</text>
  </view>
  <view class="tables">
    <view class="table" qq:for="{{ tables }}" qq:for-item="table" qq:key="id">
      <text class="table__name">{{ table.name }}（底分 {{ table.base }}）</text>
      <view class="table__seats">
        <image qq:for="{{ table.seats }}" qq:for-item="seat" qq:key="index" class="seat {{ seat ? '' : 'seat--empty' }}" src="{{ seat ? seat.avatar : '/img/empty-seat.png' }}"/>
      </view>
      <button class="table__join" size="mini" disabled="{{ table.full }}" data-id="{{ table.id }}" bindtap="sit">{{ table.full ? '已满' : '入座' }}</button>
    </view>
  </view>
  <view class="lobby__bottom">
    <button type="primary" bindtap="quickStart">快速开始</button>
    <button open-type="share">邀请 QQ 好友</button>
    <button bindtap="openRank">🏅 排行榜</button>
  </view>
</view>
