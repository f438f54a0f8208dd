<view class="head"><open-data type="userAvatarUrl"></open-data></view>
<button open-type="getUserInfo" bindgetuserinfo="onProfile">同步QQ头像</button>
