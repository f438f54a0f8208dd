<form bindsubmit="submit">
  <view class="title">社团报名表 📝</view>
  <view class="item">
    <text>姓名</text>
    <input name="name" placeholder="真实姓名" value="{{ name }}"/>
  </view>
  <view class="item">
    <text>学院</text>
    <picker name="college" range="{{ colleges }}" value="{{ collegeIndex }}" bindchange="onCollege">
      <view>{{ colleges[collegeIndex] || '请选择学院' }}</view>
    </picker>
  </view>
  <view class="item">
    <text>年级</text>
    <picker mode="selector" range="{{ grades }}" bindchange="onGrade"><view>{{ grade }}</view></picker>
  </view>
  <view class="item item--col">
    <text>自我介绍</text>
    <textarea name="intro" placeholder="特长、爱好、想加入的原因…" maxlength="300"></textarea>
  </view>
  <view class="item">
    <text>意向部门</text>
    <checkbox-group name="depts">
      <label qq:for="{{ depts }}" qq:key="id"><checkbox value="{{ item.id }}"/>{{ item.name }}</label>
    </checkbox-group>
  </view>
  <button form-type="submit" type="primary">提交报名</button>
</form>
