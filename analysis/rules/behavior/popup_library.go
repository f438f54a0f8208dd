package behavior

// The overlay and picker components of the UI libraries that
// behavior/unclosable-popup reasons about (the platform's own, weui, vant,
// tdesign, iview, lin-ui, antd-mini), as data: how each one closes.

// overlaySpec is how a library overlay closes.
type overlaySpec struct {
	// selfClosing: a mask tap closes it unless an attribute switches that
	// off; otherwise it is controlled: only the page setting its show flag
	// back closes it, and a mask tap merely emits an event.
	selfClosing bool
	// buttons are attributes that show a button closing the overlay by
	// itself, with whether each is on when the attribute is absent.
	buttons []toggle
	// events, besides the common close events (closeEvents), that the
	// user triggers on it and that a handler answers by closing it.
	events []string
}

// toggle is a boolean attribute and its default.
type toggle struct {
	attr string
	on   bool
}

var overlayLibrary = map[string]overlaySpec{
	// the platform's own
	"page-container": {},
	// vant-weapp: popups and dialogs are controlled by show; the dialog's
	// confirm button (on by default) and the share sheet's cancel close
	// them; action sheet and share sheet emit select/cancel
	"van-popup":        {buttons: []toggle{{"closeable", false}}},
	"van-overlay":      {},
	"van-dialog":       {buttons: []toggle{{"show-confirm-button", true}, {"show-cancel-button", false}}},
	"van-action-sheet": {events: []string{"select"}},
	"van-share-sheet":  {events: []string{"select"}},
	// tdesign: controlled by visible; every button emits an event
	"t-popup":        {},
	"t-overlay":      {},
	"t-dialog":       {events: []string{"action"}},
	"t-action-sheet": {events: []string{"selected"}},
	// weui: a mask tap closes unless mask-closable is false; the half
	// screen dialog shows its own close icon unless closabled is false;
	// the action sheet's cancel (show-cancel, on by default) closes it;
	// the dialog's buttons emit buttontap
	"mp-dialog":             {selfClosing: true, events: []string{"buttontap"}},
	"mp-half-screen-dialog": {selfClosing: true, buttons: []toggle{{"closabled", true}}, events: []string{"buttontap"}},
	"mp-actionsheet":        {selfClosing: true, buttons: []toggle{{"show-cancel", true}}, events: []string{"actiontap"}},
	// uni-ui and lin-ui: a mask tap closes (mask-click / locked turn it
	// off); lin-ui's dialog always shows a confirm button that closes it
	"uni-popup": {selfClosing: true},
	"l-popup":   {selfClosing: true},
	"l-dialog":  {selfClosing: true, buttons: []toggle{{"", true}}},
	// iview-weapp: controlled by visible; the modal's ok/cancel and the
	// action sheet's items emit events
	"i-modal":        {events: []string{"ok", "click"}},
	"i-drawer":       {},
	"i-action-sheet": {events: []string{"click"}},
	// antd-mini (WeChat build): controlled by visible
	"ant-popup": {},
	"ant-modal": {events: []string{"buttontap"}},
}

// pickerSpec is a component inside an overlay whose own buttons (a
// toolbar's cancel and confirm) emit events the page answers by closing
// the overlay.
type pickerSpec struct {
	shown  toggle // the attribute that shows the buttons; attr "" = always
	events []string
}

var pickerLibrary = map[string]pickerSpec{
	"van-picker":          {toggle{"show-toolbar", false}, []string{"cancel", "confirm"}},
	"van-datetime-picker": {toggle{"show-toolbar", true}, []string{"cancel", "confirm"}},
	"van-area":            {toggle{"show-toolbar", true}, []string{"cancel", "confirm"}},
	"t-picker":            {toggle{"header", true}, []string{"cancel", "confirm"}},
	"t-date-time-picker":  {toggle{"header", true}, []string{"cancel", "confirm"}},
}

// actionEvents are events of a component inside an overlay that mean the
// user acted on it (a custom picker's confirm, a form's submit): a
// handler may close the overlay, as a tap handler may.
var actionEvents = map[string]bool{
	"cancel": true, "confirm": true, "select": true, "close": true, "buttontap": true, "ok": true, "submit": true,
}
