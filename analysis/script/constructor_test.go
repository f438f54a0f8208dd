package script

import (
	"reflect"
	"testing"
)

// TestComponentConstructors: a page built with Component or a wrapper of
// one (mobx-miniprogram-bindings' ComponentWithStore, a project's
// createComponent / createPage, VantComponent, Component(withX({...})))
// is read as a config: a method in methods is a handler, run on a tap; the
// lifetimes and, for a Component used as a page, onLoad / onShow in
// methods run on entry.
func TestComponentConstructors(t *testing.T) {
	const body = `methods: {
    toLoginPage() { wx.navigateTo({ url: '/pages/login/login' }) },
    onLoad() { wx.getLocation({ type: 'gcj02' }) },
  },
  lifetimes: {
    attached() { wx.getSystemInfo({}) },
  },`
	for _, src := range []string{
		"Component({\n  " + body + "\n})",
		"import { ComponentWithStore } from 'mobx-miniprogram-bindings'\nComponentWithStore({\n  storeBindings: { store, fields: ['count'] },\n  " + body + "\n})",
		"import { createComponent } from '../../utils/page'\ncreateComponent({\n  data: {},\n  " + body + "\n})",
		"VantComponent({\n  props: { size: String },\n  " + body + "\n})",
		"Component(withShare({\n  " + body + "\n}))",
		"import { createPage } from '../../utils/page'\ncreatePage({\n  data: {},\n  " + body + "\n})",
		"const options = {\n  data: {},\n  " + body + "\n}\nComponentWithStore(options)",
		"ComponentWithStore(withShare({\n  " + body + "\n}))",
		"withStore({\n  storeBindings: { store },\n  " + body + "\n})",
	} {
		f := analyzeSrc(t, src, false)
		if f.Kind != KindComponent {
			t.Errorf("kind %q, want component:\n%s", f.Kind, src)
		}
		if c := nthCall(f, "navigateTo", 0); c == nil || c.OnEntry {
			t.Errorf("a method in methods runs on a tap, not on entry: %+v\n%s", c, src)
		}
		if c := nthCall(f, "getLocation", 0); c == nil || !c.OnEntry || !reflect.DeepEqual(c.EntryPath, []string{"methods.onLoad"}) {
			t.Errorf("methods.onLoad of a Component used as a page runs on entry: %+v\n%s", c, src)
		}
		if c := nthCall(f, "getSystemInfo", 0); c == nil || !c.OnEntry || !reflect.DeepEqual(c.EntryPath, []string{"lifetimes.attached"}) {
			t.Errorf("lifetimes.attached runs on entry: %+v\n%s", c, src)
		}
	}
	// a call named for a page around an object with no config key is no
	// constructor: its callbacks stay the module's
	f := analyzeSrc(t, "navigateToPage({ url: '/pages/a/a', success() { wx.getLocation({}) } })", false)
	if f.Kind != KindModule {
		t.Errorf("navigateToPage({url}) is no constructor: kind %q", f.Kind)
	}
}

func TestConstructorWord(t *testing.T) {
	for name, want := range map[string]string{
		"ComponentWithStore": KindComponent,
		"createComponent":    KindComponent,
		"VantComponent":      KindComponent,
		"BehaviorWithStore":  KindBehavior,
		"createPage":         KindPage,
		"base_page":          KindPage,
		"withStore":          "",
		"createApp":          "",
		"Pages":              "",
		"componentsReady":    "",
	} {
		if got := constructorWord(name); got != want {
			t.Errorf("constructorWord(%q) = %q, want %q", name, got, want)
		}
	}
}
