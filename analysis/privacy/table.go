// Package privacy is the one table of privacy-relevant APIs and
// components: which category of the 用户隐私保护指引 each triggers, its
// scope, whether app.json must list it in requiredPrivateInfos or give a
// permission desc. Every privacy rule, `mpls privacy` and hover read it.
// Source: ../shared/design/privacy.md (WeChat's table; Douyin inferred).
package privacy

// Category is a declaration category (WeChat privacy_key).
type Category struct {
	Key   string
	Label string // 位置信息 …
	// Purpose is a concrete default purpose for a consent prompt, as a
	// reviewer wants it (what is collected and what for; never vague).
	Purpose string
}

// API is one privacy-relevant API (or component, Component=true).
type API struct {
	Name      string
	Category  string // key into Categories; "" for a listener with none
	Category2 string // a second category (<live-pusher>: Record and Camera)
	Scope     string
	// RequiredPrivateInfos: must be listed in app.json requiredPrivateInfos.
	RequiredPrivateInfos bool
	// NeedsDesc: needs app.json permission["scope.userLocation"].desc.
	NeedsDesc bool
	// Fuzzy / Precise location, which exclude each other in app.json.
	Fuzzy, Precise bool
	Component      bool
	// Prompt: calling it on entry without consent is what
	// privacy/prompt-before-authorize reports.
	Prompt bool
	// DouyinScope is the Douyin scope (inferred from Douyin's scope list).
	DouyinScope string
}

// Categories by key, WeChat's names.
var Categories = map[string]Category{
	"UserInfo":          {"UserInfo", "用户信息（微信昵称、头像）", "需要获取你的头像和昵称，用于展示你的个人资料。"},
	"Location":          {"Location", "位置信息", "需要获取你的位置信息，用于为你显示附近的门店和距离。"},
	"ChooseLocation":    {"ChooseLocation", "选择的位置信息", "需要打开地图让你选择位置，用于填写服务地址。"},
	"Address":           {"Address", "地址", "需要获取你的收货地址，用于填写配送信息。"},
	"Invoice":           {"Invoice", "发票信息", "需要获取你的发票抬头，用于开具发票。"},
	"RunData":           {"RunData", "微信运动数据", "需要获取你的微信运动步数，用于展示你的运动记录。"},
	"PhoneNumber":       {"PhoneNumber", "手机号", "需要获取你的手机号，用于登录和接收订单通知。"},
	"LicensePlate":      {"LicensePlate", "车牌号", "需要获取你的车牌号，用于停车缴费。"},
	"Album":             {"Album", "选中的照片或视频信息", "需要访问你选择的照片或视频，用于上传图片。"},
	"MessageFile":       {"MessageFile", "选中的文件", "需要读取你选择的聊天文件，用于上传附件。"},
	"Record":            {"Record", "麦克风", "需要使用你的麦克风，用于录制语音消息。"},
	"Camera":            {"Camera", "摄像头", "需要使用你的摄像头，用于拍摄照片或扫码。"},
	"BlueTooth":         {"BlueTooth", "蓝牙", "需要使用蓝牙，用于连接你附近的设备。"},
	"AlbumWriteOnly":    {"AlbumWriteOnly", "相册（仅写入）权限", "需要保存图片到你的相册，用于下载海报。"},
	"Contact":           {"Contact", "通讯录（仅写入）权限", "需要将联系人写入你的通讯录，用于保存商家电话。"},
	"CalendarWriteOnly": {"CalendarWriteOnly", "日历（仅写入）权限", "需要在你的日历中添加日程，用于活动提醒。"},
	"Accelerometer":     {"Accelerometer", "加速传感器", "需要使用加速传感器，用于摇一摇互动。"},
	"Compass":           {"Compass", "磁场传感器", "需要使用磁场传感器，用于指南针方向显示。"},
	"DeviceMotion":      {"DeviceMotion", "方向传感器", "需要使用方向传感器，用于全景画面随手机转动。"},
	"Gyroscope":         {"Gyroscope", "陀螺仪传感器", "需要使用陀螺仪，用于体感互动。"},
	"Clipboard":         {"Clipboard", "剪切板", "需要读取你的剪贴板，用于识别你复制的快递单号。"},
}

// APIs is the table. Names are API names on the platform namespace, or
// component forms ("<live-pusher>", "open-type=getPhoneNumber").
var APIs = []API{
	{Name: "getLocation", Category: "Location", Scope: "scope.userLocation", RequiredPrivateInfos: true, NeedsDesc: true, Precise: true, Prompt: true, DouyinScope: "scope.userLocation"},
	{Name: "startLocationUpdate", Category: "Location", Scope: "scope.userLocation", RequiredPrivateInfos: true, NeedsDesc: true, Precise: true, Prompt: true},
	{Name: "getFuzzyLocation", Category: "Location", Scope: "scope.userFuzzyLocation", RequiredPrivateInfos: true, NeedsDesc: true, Fuzzy: true, Prompt: true},
	{Name: "startLocationUpdateBackground", Category: "Location", Scope: "scope.userLocationBackground", RequiredPrivateInfos: true, NeedsDesc: true, Precise: true, Prompt: true},
	{Name: "onLocationChange", RequiredPrivateInfos: true, Precise: true},
	{Name: "chooseLocation", Category: "ChooseLocation", RequiredPrivateInfos: true, Prompt: true, DouyinScope: "scope.userLocation"},
	{Name: "choosePoi", Category: "ChooseLocation", RequiredPrivateInfos: true},
	{Name: "chooseAddress", Category: "Address", Scope: "scope.address", RequiredPrivateInfos: true, Prompt: true, DouyinScope: "scope.address"},
	{Name: "chooseInvoiceTitle", Category: "Invoice", Scope: "scope.invoiceTitle", Prompt: true},
	{Name: "chooseInvoice", Category: "Invoice", Scope: "scope.invoice"},
	{Name: "getWeRunData", Category: "RunData", Scope: "scope.werun", Prompt: true},
	{Name: "getUserProfile", Category: "UserInfo", Prompt: true, DouyinScope: "scope.userInfo"},
	{Name: "getUserInfo", Category: "UserInfo", Prompt: true, DouyinScope: "scope.userInfo"},
	{Name: "chooseLicensePlate", Category: "LicensePlate"},
	{Name: "chooseImage", Category: "Album", Prompt: true, DouyinScope: "scope.camera"},
	{Name: "chooseMedia", Category: "Album", Prompt: true},
	{Name: "chooseVideo", Category: "Album", Prompt: true, DouyinScope: "scope.camera"},
	{Name: "chooseMessageFile", Category: "MessageFile"},
	{Name: "startRecord", Category: "Record", Scope: "scope.record", Prompt: true, DouyinScope: "scope.record"},
	{Name: "getRecorderManager.start", Category: "Record", Scope: "scope.record", Prompt: true, DouyinScope: "scope.record"},
	{Name: "joinVoIPChat", Category: "Record", Scope: "scope.record"},
	{Name: "createVKSession", Category: "Camera", Scope: "scope.camera"},
	{Name: "openBluetoothAdapter", Category: "BlueTooth", Scope: "scope.bluetooth", Prompt: true},
	{Name: "createBLEPeripheralServer", Category: "BlueTooth", Scope: "scope.bluetooth"},
	{Name: "startWifi", Prompt: true},
	{Name: "saveImageToPhotosAlbum", Category: "AlbumWriteOnly", Scope: "scope.writePhotosAlbum", DouyinScope: "scope.album"},
	{Name: "saveVideoToPhotosAlbum", Category: "AlbumWriteOnly", Scope: "scope.writePhotosAlbum", DouyinScope: "scope.album"},
	{Name: "addPhoneContact", Category: "Contact", Scope: "scope.addPhoneContact"},
	{Name: "addPhoneCalendar", Category: "CalendarWriteOnly", Scope: "scope.addPhoneCalendar", DouyinScope: "scope.calendar"},
	{Name: "addPhoneRepeatCalendar", Category: "CalendarWriteOnly", Scope: "scope.addPhoneCalendar", DouyinScope: "scope.calendar"},
	{Name: "startAccelerometer", Category: "Accelerometer"},
	{Name: "startCompass", Category: "Compass"},
	{Name: "startDeviceMotionListening", Category: "DeviceMotion"},
	{Name: "startGyroscope", Category: "Gyroscope"},
	{Name: "setClipboardData", Category: "Clipboard", DouyinScope: "scope.clipboard"},
	{Name: "getClipboardData", Category: "Clipboard", Prompt: true, DouyinScope: "scope.clipboard"},
	{Name: "authorize", Prompt: true},
	{Name: "MapContext.moveToLocation", Category: "Location", Scope: "scope.userLocation", NeedsDesc: true},
	{Name: "<live-pusher>", Category: "Record", Category2: "Camera", Scope: "scope.record", Component: true},
	{Name: "<camera>", Category: "Camera", Scope: "scope.camera", Component: true},
	{Name: "<voip-room>", Category: "Camera", Scope: "scope.camera", Component: true},
	{Name: "open-type=chooseAvatar", Category: "UserInfo", Component: true},
	{Name: "<input type=nickname>", Category: "UserInfo", Component: true},
	{Name: "open-type=getUserInfo", Category: "UserInfo", Component: true},
	{Name: "open-type=getPhoneNumber", Category: "PhoneNumber", Component: true},
	{Name: "open-type=getRealtimePhoneNumber", Category: "PhoneNumber", Component: true},
}

var byName = func() map[string]*API {
	m := map[string]*API{}
	for i := range APIs {
		m[APIs[i].Name] = &APIs[i]
	}
	return m
}()

// Lookup finds an API by name ("getLocation", "getRecorderManager.start").
func Lookup(name string) *API { return byName[name] }

// ScopeCategory maps an authorize scope to its category key.
var ScopeCategory = map[string]string{
	"scope.userLocation": "Location", "scope.userFuzzyLocation": "Location", "scope.userLocationBackground": "Location",
	"scope.address": "Address", "scope.invoiceTitle": "Invoice", "scope.invoice": "Invoice", "scope.werun": "RunData",
	"scope.record": "Record", "scope.camera": "Camera", "scope.bluetooth": "BlueTooth", "scope.writePhotosAlbum": "AlbumWriteOnly",
	"scope.addPhoneContact": "Contact", "scope.addPhoneCalendar": "CalendarWriteOnly", "scope.userInfo": "UserInfo",
}

// Purpose is the default consent-prompt text for an API call.
func Purpose(a *API, scope string) string {
	cat := a.Category
	if cat == "" && scope != "" {
		cat = ScopeCategory[scope]
	}
	if c, ok := Categories[cat]; ok {
		return c.Purpose
	}
	if a.Name == "startWifi" {
		return "需要使用 Wi-Fi 功能，用于连接设备网络。"
	}
	return "需要你的授权，用于使用此功能。"
}

// RequiredPrivateInfosNames are the only names app.json accepts there.
var RequiredPrivateInfosNames = []string{"getFuzzyLocation", "getLocation", "onLocationChange", "startLocationUpdate", "startLocationUpdateBackground", "chooseLocation", "choosePoi", "chooseAddress"}
