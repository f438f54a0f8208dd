package privacy

import "testing"

// TestPurposeFromDesc: the consent prompt takes the use app.json already
// states, and keeps the stock purpose when the desc says nothing usable.
func TestPurposeFromDesc(t *testing.T) {
	stock := "需要获取你的位置信息，用于为你显示附近的门店和距离。"
	for desc, want := range map[string]string{
		"你的位置信息将用于查询你所在城市的天气": "需要获取你的位置信息，用于查询你所在城市的天气。",
		"用于展示附近的充电桩。":         "需要获取你的位置信息，用于展示附近的充电桩。",
		"为了计算配送距离":            "需要获取你的位置信息，用于计算配送距离。",
		"计算配送距离和运费":           "需要获取你的位置信息，用于计算配送距离和运费。",
		"":                    stock,
		"  ":                  stock,
		"定位":                  stock,
		"为了给您提供更好的服务":         stock,
		"你的位置信息将用于小程序位置接口的效果展示": stock,
	} {
		if got := purposeFromDesc(stock, desc, nil); got != want {
			t.Errorf("desc %q: got %q, want %q", desc, got, want)
		}
	}
}
