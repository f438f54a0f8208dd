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
	// Text is the default purpose for the 用户隐私保护指引 form
	// (privacy_text): a bare aim the client renders as 「为了<Text>，…」, so
	// it never starts with 为了 or 用于. `mpls privacy` marks it a draft.
	Text string
	// Data: declared from what the app itself collects (an ID-number
	// field, order history …), never triggered by an API.
	Data bool
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
	// Douyin, Douyin2 are the DouyinCategories keys the API triggers on
	// Douyin (inferred from its scopes); "" when none is known.
	Douyin, Douyin2 string
}

// Categories by key, WeChat's names.
var Categories = map[string]Category{
	"UserInfo":          {Key: "UserInfo", Label: "用户信息（微信昵称、头像）", Purpose: "需要获取你的头像和昵称，用于展示你的个人资料。", Text: "展示你的头像和昵称"},
	"Location":          {Key: "Location", Label: "位置信息", Purpose: "需要获取你的位置信息，用于为你显示附近的门店和距离。", Text: "显示你附近的门店和距离"},
	"ChooseLocation":    {Key: "ChooseLocation", Label: "选择的位置信息", Purpose: "需要打开地图让你选择位置，用于填写服务地址。", Text: "填写你在地图上选择的服务地址"},
	"Address":           {Key: "Address", Label: "地址", Purpose: "需要获取你的收货地址，用于填写配送信息。", Text: "填写你的收货地址"},
	"Invoice":           {Key: "Invoice", Label: "发票信息", Purpose: "需要获取你的发票抬头，用于开具发票。", Text: "为你开具发票"},
	"RunData":           {Key: "RunData", Label: "微信运动数据", Purpose: "需要获取你的微信运动步数，用于展示你的运动记录。", Text: "展示你的运动步数记录"},
	"PhoneNumber":       {Key: "PhoneNumber", Label: "手机号", Purpose: "需要获取你的手机号，用于登录和接收订单通知。", Text: "登录账号并接收订单通知"},
	"LicensePlate":      {Key: "LicensePlate", Label: "车牌号", Purpose: "需要获取你的车牌号，用于停车缴费。", Text: "停车缴费时识别你的车辆"},
	"Album":             {Key: "Album", Label: "选中的照片或视频信息", Purpose: "需要访问你选择的照片或视频，用于上传图片。", Text: "上传你选择的图片或视频"},
	"MessageFile":       {Key: "MessageFile", Label: "选中的文件", Purpose: "需要读取你选择的聊天文件，用于上传附件。", Text: "上传你选择的聊天文件"},
	"Record":            {Key: "Record", Label: "麦克风", Purpose: "需要使用你的麦克风，用于录制语音消息。", Text: "录制语音消息"},
	"Camera":            {Key: "Camera", Label: "摄像头", Purpose: "需要使用你的摄像头，用于拍摄照片或扫码。", Text: "拍摄照片或视频"},
	"BlueTooth":         {Key: "BlueTooth", Label: "蓝牙", Purpose: "需要使用蓝牙，用于连接你附近的设备。", Text: "连接你附近的蓝牙设备"},
	"AlbumWriteOnly":    {Key: "AlbumWriteOnly", Label: "相册（仅写入）权限", Purpose: "需要保存图片到你的相册，用于下载海报。", Text: "保存图片或视频到你的相册"},
	"Contact":           {Key: "Contact", Label: "通讯录（仅写入）权限", Purpose: "需要将联系人写入你的通讯录，用于保存商家电话。", Text: "将商家电话保存到你的通讯录"},
	"CalendarWriteOnly": {Key: "CalendarWriteOnly", Label: "日历（仅写入）权限", Purpose: "需要在你的日历中添加日程，用于活动提醒。", Text: "在你的日历中添加活动提醒"},
	"Accelerometer":     {Key: "Accelerometer", Label: "加速传感器", Purpose: "需要使用加速传感器，用于摇一摇互动。", Text: "实现摇一摇互动"},
	"Compass":           {Key: "Compass", Label: "磁场传感器", Purpose: "需要使用磁场传感器，用于指南针方向显示。", Text: "显示指南针方向"},
	"DeviceMotion":      {Key: "DeviceMotion", Label: "方向传感器", Purpose: "需要使用方向传感器，用于全景画面随手机转动。", Text: "让全景画面随手机转动"},
	"Gyroscope":         {Key: "Gyroscope", Label: "陀螺仪传感器", Purpose: "需要使用陀螺仪，用于体感互动。", Text: "实现体感互动"},
	"Clipboard":         {Key: "Clipboard", Label: "剪切板", Purpose: "需要读取你的剪贴板，用于识别你复制的快递单号。", Text: "复制或读取你需要的文本内容"},
	// Declared from what the app collects (no API triggers them).
	"DeviceInfo":           {Key: "DeviceInfo", Label: "设备信息", Purpose: "需要获取你的设备信息，用于保障账号安全。", Text: "保障账号安全和服务稳定", Data: true},
	"Email":                {Key: "Email", Label: "邮箱", Purpose: "需要你填写邮箱，用于发送通知邮件。", Text: "向你发送通知邮件", Data: true},
	"EXIDNumber":           {Key: "EXIDNumber", Label: "身份证号码", Purpose: "需要你填写身份证号码，用于实名认证。", Text: "完成实名认证", Data: true},
	"EXOrderInfo":          {Key: "EXOrderInfo", Label: "订单信息", Purpose: "需要保存你的订单信息，用于查询和售后。", Text: "展示和管理你的订单", Data: true},
	"EXUserPublishContent": {Key: "EXUserPublishContent", Label: "发布内容", Purpose: "需要保存你发布的内容，用于展示给其他用户。", Text: "发布和展示你创作的内容", Data: true},
	"EXUserFollowAcct":     {Key: "EXUserFollowAcct", Label: "所关注账号", Purpose: "需要保存你关注的账号，用于展示关注列表。", Text: "展示你关注的账号", Data: true},
	"EXUserOpLog":          {Key: "EXUserOpLog", Label: "操作日志", Purpose: "需要记录你的操作日志，用于排查问题。", Text: "排查问题和保障服务安全", Data: true},
}

// CategoryOrder lists WeChat's keys in the console's order: the
// API-triggered ones, then those declared from the app's own data.
var CategoryOrder = []string{
	"UserInfo", "Location", "ChooseLocation", "Address", "Invoice", "RunData", "PhoneNumber", "LicensePlate",
	"Album", "MessageFile", "Record", "Camera", "BlueTooth", "AlbumWriteOnly", "Contact", "CalendarWriteOnly",
	"Accelerometer", "Compass", "DeviceMotion", "Gyroscope", "Clipboard",
	"DeviceInfo", "Email", "EXIDNumber", "EXOrderInfo", "EXUserPublishContent", "EXUserFollowAcct", "EXUserOpLog",
}

// DouyinCategories are the categories of Douyin's console form (设置 → 基础
// 设置 → 类目与配置 → 用户隐私保护协议). Douyin's form names no keys: these
// are mpls's, WeChat's where the category is the same. Which API triggers
// which is inferred from Douyin's scopes (the official table's API column
// could not be read): everything mpls says from this table is "inferred".
var DouyinCategories = map[string]Category{
	"UserInfo":      {Key: "UserInfo", Label: "用户头像、昵称", Purpose: "需要获取你的头像和昵称，用于展示你的个人资料。", Text: "展示你的头像和昵称"},
	"PhoneNumber":   {Key: "PhoneNumber", Label: "手机号", Purpose: "需要获取你的手机号，用于登录和接收订单通知。", Text: "登录账号并接收订单通知"},
	"PhoneCall":     {Key: "PhoneCall", Label: "拨打电话", Purpose: "需要拨打电话，用于联系商家客服。", Text: "一键联系商家客服"},
	"Address":       {Key: "Address", Label: "通讯地址", Purpose: "需要获取你的通讯地址，用于填写配送信息。", Text: "填写你的收货地址"},
	"Location":      {Key: "Location", Label: "地理位置", Purpose: "需要获取你的位置信息，用于为你显示附近的门店和距离。", Text: "显示你附近的门店和距离"},
	"Clipboard":     {Key: "Clipboard", Label: "剪切板", Purpose: "需要读取你的剪贴板，用于识别你复制的快递单号。", Text: "复制或读取你需要的文本内容"},
	"Calendar":      {Key: "Calendar", Label: "日历", Purpose: "需要在你的日历中添加日程，用于活动提醒。", Text: "在你的日历中添加活动提醒"},
	"Record":        {Key: "Record", Label: "麦克风", Purpose: "需要使用你的麦克风，用于录制语音消息。", Text: "录制语音消息"},
	"Camera":        {Key: "Camera", Label: "相机", Purpose: "需要使用你的相机，用于拍摄或选择图片。", Text: "拍摄或选择要上传的图片和视频"},
	"Album":         {Key: "Album", Label: "相册", Purpose: "需要保存图片到你的相册，用于下载海报。", Text: "保存图片或视频到你的相册"},
	"FaceVerify":    {Key: "FaceVerify", Label: "人脸识别", Purpose: "需要进行人脸识别，用于核验你的身份。", Text: "核验你的身份"},
	"Accelerometer": {Key: "Accelerometer", Label: "加速度计", Purpose: "需要使用加速度计，用于摇一摇互动。", Text: "实现摇一摇互动"},
	"Compass":       {Key: "Compass", Label: "罗盘", Purpose: "需要使用罗盘，用于指南针方向显示。", Text: "显示指南针方向"},
	"Gyroscope":     {Key: "Gyroscope", Label: "陀螺仪", Purpose: "需要使用陀螺仪，用于体感互动。", Text: "实现体感互动"},
	"WiFi":          {Key: "WiFi", Label: "WIFI状态", Purpose: "需要获取 Wi-Fi 状态，用于连接设备网络。", Text: "连接设备所在的 Wi-Fi 网络"},
	"DouyinData":    {Key: "DouyinData", Label: "抖音账号数据", Purpose: "需要获取你的抖音账号数据，用于展示你的作品。", Text: "展示你的抖音作品和数据", Data: true},
	"RealName":      {Key: "RealName", Label: "钱包实名认证", Purpose: "需要获取你的实名认证信息，用于核验身份。", Text: "核验你的实名身份", Data: true},
}

// DouyinCategoryOrder lists Douyin's categories in the console's order.
var DouyinCategoryOrder = []string{
	"UserInfo", "PhoneNumber", "PhoneCall", "Address", "Location", "Clipboard", "Calendar", "Record", "Camera",
	"Album", "FaceVerify", "Accelerometer", "Compass", "Gyroscope", "WiFi", "DouyinData", "RealName",
}

// DouyinScopeCategory maps a Douyin authorize scope to its category
// (inferred).
var DouyinScopeCategory = map[string]string{
	"scope.userLocation": "Location", "scope.record": "Record", "scope.camera": "Camera", "scope.album": "Album",
	"scope.address": "Address", "scope.clipboard": "Clipboard", "scope.calendar": "Calendar", "scope.userInfo": "UserInfo",
}

// APIs is the table. Names are API names on the platform namespace, or
// component forms ("<live-pusher>", "open-type=getPhoneNumber").
var APIs = []API{
	{Name: "getLocation", Category: "Location", Scope: "scope.userLocation", RequiredPrivateInfos: true, NeedsDesc: true, Precise: true, Prompt: true, DouyinScope: "scope.userLocation", Douyin: "Location"},
	{Name: "startLocationUpdate", Category: "Location", Scope: "scope.userLocation", RequiredPrivateInfos: true, NeedsDesc: true, Precise: true, Prompt: true, DouyinScope: "scope.userLocation", Douyin: "Location"},
	{Name: "getFuzzyLocation", Category: "Location", Scope: "scope.userFuzzyLocation", RequiredPrivateInfos: true, NeedsDesc: true, Fuzzy: true, Prompt: true},
	{Name: "startLocationUpdateBackground", Category: "Location", Scope: "scope.userLocationBackground", RequiredPrivateInfos: true, NeedsDesc: true, Precise: true, Prompt: true, DouyinScope: "scope.userLocation", Douyin: "Location"},
	{Name: "onLocationChange", RequiredPrivateInfos: true, Precise: true},
	{Name: "chooseLocation", Category: "ChooseLocation", RequiredPrivateInfos: true, Prompt: true, DouyinScope: "scope.userLocation", Douyin: "Location"},
	{Name: "choosePoi", Category: "ChooseLocation", RequiredPrivateInfos: true},
	{Name: "chooseAddress", Category: "Address", Scope: "scope.address", RequiredPrivateInfos: true, Prompt: true, DouyinScope: "scope.address", Douyin: "Address"},
	{Name: "chooseInvoiceTitle", Category: "Invoice", Scope: "scope.invoiceTitle", Prompt: true},
	{Name: "chooseInvoice", Category: "Invoice", Scope: "scope.invoice"},
	{Name: "getWeRunData", Category: "RunData", Scope: "scope.werun", Prompt: true},
	{Name: "getUserProfile", Category: "UserInfo", Prompt: true, DouyinScope: "scope.userInfo", Douyin: "UserInfo"},
	{Name: "getUserInfo", Category: "UserInfo", Prompt: true, DouyinScope: "scope.userInfo", Douyin: "UserInfo"},
	{Name: "chooseLicensePlate", Category: "LicensePlate"},
	{Name: "chooseImage", Category: "Album", Prompt: true, DouyinScope: "scope.camera", Douyin: "Camera"},
	{Name: "chooseMedia", Category: "Album", Prompt: true, DouyinScope: "scope.camera", Douyin: "Camera"},
	{Name: "chooseVideo", Category: "Album", Prompt: true, DouyinScope: "scope.camera", Douyin: "Camera"},
	{Name: "chooseMessageFile", Category: "MessageFile"},
	{Name: "startRecord", Category: "Record", Scope: "scope.record", Prompt: true, DouyinScope: "scope.record", Douyin: "Record"},
	{Name: "getRecorderManager.start", Category: "Record", Scope: "scope.record", Prompt: true, DouyinScope: "scope.record", Douyin: "Record"},
	{Name: "joinVoIPChat", Category: "Record", Scope: "scope.record"},
	{Name: "createVKSession", Category: "Camera", Scope: "scope.camera"},
	{Name: "openBluetoothAdapter", Category: "BlueTooth", Scope: "scope.bluetooth", Prompt: true},
	{Name: "createBLEPeripheralServer", Category: "BlueTooth", Scope: "scope.bluetooth"},
	{Name: "startWifi", Prompt: true, Douyin: "WiFi"},
	{Name: "saveImageToPhotosAlbum", Category: "AlbumWriteOnly", Scope: "scope.writePhotosAlbum", DouyinScope: "scope.album", Douyin: "Album"},
	{Name: "saveVideoToPhotosAlbum", Category: "AlbumWriteOnly", Scope: "scope.writePhotosAlbum", DouyinScope: "scope.album", Douyin: "Album"},
	{Name: "addPhoneContact", Category: "Contact", Scope: "scope.addPhoneContact"},
	{Name: "addPhoneCalendar", Category: "CalendarWriteOnly", Scope: "scope.addPhoneCalendar", DouyinScope: "scope.calendar", Douyin: "Calendar"},
	{Name: "addPhoneRepeatCalendar", Category: "CalendarWriteOnly", Scope: "scope.addPhoneCalendar", DouyinScope: "scope.calendar", Douyin: "Calendar"},
	{Name: "startAccelerometer", Category: "Accelerometer", Douyin: "Accelerometer"},
	{Name: "startCompass", Category: "Compass", Douyin: "Compass"},
	{Name: "startDeviceMotionListening", Category: "DeviceMotion"},
	{Name: "startGyroscope", Category: "Gyroscope", Douyin: "Gyroscope"},
	{Name: "setClipboardData", Category: "Clipboard", DouyinScope: "scope.clipboard", Douyin: "Clipboard"},
	{Name: "getClipboardData", Category: "Clipboard", Prompt: true, DouyinScope: "scope.clipboard", Douyin: "Clipboard"},
	{Name: "authorize", Prompt: true},
	{Name: "MapContext.moveToLocation", Category: "Location", Scope: "scope.userLocation", NeedsDesc: true},
	{Name: "<live-pusher>", Category: "Record", Category2: "Camera", Scope: "scope.record", Component: true, Douyin: "Record", Douyin2: "Camera"},
	{Name: "<camera>", Category: "Camera", Scope: "scope.camera", Component: true, DouyinScope: "scope.camera", Douyin: "Camera"},
	{Name: "<voip-room>", Category: "Camera", Scope: "scope.camera", Component: true},
	{Name: "open-type=chooseAvatar", Category: "UserInfo", Component: true, Douyin: "UserInfo"},
	{Name: "<input type=nickname>", Category: "UserInfo", Component: true, Douyin: "UserInfo"},
	{Name: "open-type=getUserInfo", Category: "UserInfo", Component: true, Douyin: "UserInfo"},
	{Name: "open-type=getPhoneNumber", Category: "PhoneNumber", Component: true, Douyin: "PhoneNumber"},
	{Name: "open-type=getRealtimePhoneNumber", Category: "PhoneNumber", Component: true},
	// Douyin only: WeChat's table does not list these (inferred from
	// Douyin's scopes and console categories).
	{Name: "openLocation", DouyinScope: "scope.userLocation", Douyin: "Location"},
	{Name: "scanCode", DouyinScope: "scope.camera", Douyin: "Camera"},
	{Name: "makePhoneCall", Douyin: "PhoneCall"},
	{Name: "getConnectedWifi", Douyin: "WiFi"},
	{Name: "getWifiList", Douyin: "WiFi"},
	{Name: "startFacialRecognitionVerify", Douyin: "FaceVerify"},
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

// Douyin reports whether platform uses Douyin's categories (whose API
// mapping is inferred).
func Douyin(platform string) bool { return platform == "douyin" }

// CategoriesFor returns the category table and its order for a platform:
// Douyin's for "douyin", WeChat's for every other.
func CategoriesFor(platform string) (map[string]Category, []string) {
	if Douyin(platform) {
		return DouyinCategories, DouyinCategoryOrder
	}
	return Categories, CategoryOrder
}

// CategoryOf returns the category key on a platform, and whether it is
// known there.
func CategoryOf(platform, key string) (Category, bool) {
	m, _ := CategoriesFor(platform)
	c, ok := m[key]
	return c, ok
}

// KeysOf returns the categories an API triggers on a platform (at most
// two; none for a listener such as onLocationChange). For authorize, pass
// the scope it asks for.
func KeysOf(a *API, platform, scope string) []string {
	var out []string
	add := func(k string) {
		if k != "" && (len(out) == 0 || out[0] != k) {
			out = append(out, k)
		}
	}
	if a == nil {
		return nil
	}
	if a.Name == "authorize" {
		if Douyin(platform) {
			add(DouyinScopeCategory[scope])
		} else {
			add(ScopeCategory[scope])
		}
		return out
	}
	if Douyin(platform) {
		add(a.Douyin)
		add(a.Douyin2)
	} else {
		add(a.Category)
		add(a.Category2)
	}
	return out
}

// ScopeOn is the API's scope on a platform ("" when none is documented).
func ScopeOn(a *API, platform string) string {
	if a == nil {
		return ""
	}
	if Douyin(platform) {
		return a.DouyinScope
	}
	return a.Scope
}

// APIsOf lists the table's entries that trigger category key on a
// platform, in table order.
func APIsOf(platform, key string) []*API {
	var out []*API
	for i := range APIs {
		for _, k := range KeysOf(&APIs[i], platform, "") {
			if k == key {
				out = append(out, &APIs[i])
				break
			}
		}
	}
	return out
}
