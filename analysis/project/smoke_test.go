package project

import (
	"encoding/json"
	"fmt"
	"testing"
)

func TestSmoke(t *testing.T) {
	ps, err := Discover("../../testdata/projects", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		fmt.Println("==", p.Root, p.Platform, p.PlatformSource, p.PlatformReason, "game:", p.IsGame, "cfgdir:", p.ConfigDir)
		if p.App.File != nil {
			fmt.Println("  errs:", p.App.File.Errors)
		}
		b, _ := json.MarshalIndent(struct {
			P any
			T any
			E any
			N any
			Perm int
			RPI any
		}{p.App.Pages, p.App.TabBar, p.App.EntryPage, p.App.NavigationBarTitle, len(p.App.Permission), p.App.RequiredPrivateInfos}, "  ", "")
		fmt.Println(string(b))
		for _, pg := range p.Pages {
			fmt.Printf("  page %s %+v comps=%v\n", pg.Route, pg.Files, pg.UsingComponents)
		}
		for k, c := range p.Components {
			fmt.Printf("  comp %s %+v\n", k, c.Files)
		}
		fs, sk := Files(p, Options{})
		fmt.Println("  files:", fs, sk)
		fmt.Println("  lib:", LibraryFiles(p))
		fmt.Println("  cfg:", p.Config, len(p.ConfigFiles))
	}
}
