package privacydecl

import "testing"

func TestDraft(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"需要获取你的位置信息，用于计算你到门店的距离。", "计算你到门店的距离"},
		{"为了给你推荐附近门店，需要获取你的位置", "给你推荐附近门店"},
		{"你的位置信息将用于为你推荐附近的自提点", "为你推荐附近的自提点"},
		{"我们需要使用你的相机拍摄头像", "使用你的相机拍摄头像"},
		{"保存海报到相册，方便你分享给好友", "保存海报到相册，方便你分享给好友"},
		{"用于 上传头像", "上传头像"},
		{"上传商品图片", "上传商品图片"},
		{"  定位附近商家！ ", "定位附近商家"},
		// nothing concrete
		{"为了获取良好体验", ""},
		{"你的位置信息将用于小程序位置接口的效果展示", ""},
		{"需要使用", ""},
		{"定位", ""},
		{"暂未使用", ""},
		{"", ""},
	} {
		got, ok := Draft(c.in, nil)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("Draft(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

func TestLabelPurpose(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"上传小票照片", "上传小票照片"},
		{"手机号授权登录", "手机号授权登录"},
		{"确定", ""},
		{"上传", ""},
		{"提交", ""},
	} {
		got, _ := labelPurpose(c.in, nil)
		if got != c.want {
			t.Errorf("labelPurpose(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}

func TestPurposeChecks(t *testing.T) {
	if BadPrefix(" 为了显示门店") != "为了" || BadPrefix("用于登录") != "用于" || BadPrefix("显示门店，用于导航") != "" {
		t.Error("BadPrefix")
	}
	if !Bare("使用") || !Bare(" 定位。") || !Bare("") || Bare("定位附近门店") {
		t.Error("Bare")
	}
	if !Unused("暂未使用") || Unused("使用蓝牙连接手环") {
		t.Error("Unused")
	}
	if !Vague("提升用户体验", nil) || Vague("显示你附近的门店，以便正常使用导航", nil) {
		t.Error("Vague")
	}
}

func TestNamesOrders(t *testing.T) {
	for route, want := range map[string]bool{
		"pages/order/list": true, "pages/myOrders/index": true, "pages/order-detail/index": true,
		"pages/recorder/index": false, "pages/border/index": false, "pages/ordering/index": false,
	} {
		if namesOrders(route) != want {
			t.Errorf("namesOrders(%q) != %v", route, want)
		}
	}
}
