//go:build !js

package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/site"
)

// The native build writes the hello site the way Mend's generator does:
// local icons, the same patched service worker, precompressed files.
func main() {
	out := flag.String("out", "", "folder to write the site into")
	wasm := flag.String("wasm", "", "the built hello app.wasm")
	icons := flag.String("icons", "web/icons", "Mend's icons folder (for local icons)")
	flag.Parse()
	if err := generate(*out, *wasm, *icons); err != nil {
		fmt.Fprintln(os.Stderr, "hello:", err)
		os.Exit(1)
	}
}

func generate(out, wasm, icons string) error {
	b, err := os.ReadFile(wasm)
	if err != nil {
		return err
	}
	worker, err := site.PatchWorker(app.DefaultAppWorkerJS)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(out, "web", "icons"), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "web", "app.wasm"), b, 0o644); err != nil {
		return err
	}
	for _, name := range []string{"icon-192.png", "icon-512.png", "icon-maskable-512.png", "icon.svg"} {
		icon, err := os.ReadFile(filepath.Join(icons, name))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, "web", "icons", name), icon, 0o644); err != nil {
			return err
		}
	}
	app.Route("/", func() app.Composer { return &hello{} })
	h := &app.Handler{
		Name: "Hello", ShortName: "Hello",
		Icon: app.Icon{
			Default: "/web/icons/icon-192.png", Large: "/web/icons/icon-512.png",
			Maskable: "/web/icons/icon-maskable-512.png", SVG: "/web/icons/icon.svg",
		},
		Version:               "hello",
		WasmContentLength:     strconv.Itoa(len(b)),
		ServiceWorkerTemplate: worker,
	}
	if err := app.GenerateStaticWebsite(out, h); err != nil {
		return err
	}
	_, err = site.Precompress(out)
	return err
}
