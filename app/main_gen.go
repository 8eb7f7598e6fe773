//go:build !js

package main

import (
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/checker"
	"mend/app/share"
	"mend/app/site"
	"mend/components"
	"mend/content/asset"
	checkerdata "mend/content/checker"
	"mend/content/guide"
)

// The native build of this package is the static-site generator:
//
//	go run ./app -out build -wasm build/web/app.wasm -goroot "$(go env GOROOT)"
//	go run ./app -dist dist -out build
//
// The first prerenders every route into build/ beside the already built
// app.wasm; the second copies build/ into a folder for static hosts.
func main() {
	out := flag.String("out", "build", "folder to write the site into")
	wasm := flag.String("wasm", "", "the built app.wasm (default: <out>/web/app.wasm)")
	goroot := flag.String("goroot", "", "GOROOT of the compiler that built app.wasm, for its wasm_exec.js")
	webDir := flag.String("web", "web", "folder of static assets to serve under /web/")
	dist := flag.String("dist", "", "instead of building, copy the built -out folder here for static hosts")
	precompress := flag.Bool("precompress", true, "write .br and .gz variants (the browser tests turn it off to rebuild fast)")
	flag.Parse()

	var err error
	if *dist != "" {
		err = makeDist(*out, *dist)
	} else {
		if *wasm == "" {
			*wasm = filepath.Join(*out, "web", "app.wasm")
		}
		err = build(*out, *wasm, *webDir, *goroot, *precompress)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "generator:", err)
		os.Exit(1)
	}
}

// Colours of the installed app's frame, light and dark. They match
// --bg and --accent in web/mend.css.
const (
	themeLight      = "#2f6f6a"
	themeDark       = "#10201e"
	backgroundLight = "#faf7f2"
	backgroundDark  = "#141a1a"
)

const description = "A private, offline companion for repairing trust after you have hurt someone."

// newHandler describes the app to go-app. Every resource is local: left
// empty, go-app's icons point at a third-party host. data are the
// addresses of the data app.wasm leaves out (writeData), which the service
// worker keeps and the program and its loader read from its environment.
func newHandler(version string, wasmSize int64, worker string, styles []string, data dataAssets) *app.Handler {
	cacheable := []string{"/web/icons/apple-touch-icon.png", "/web/icons/icon-maskable.svg", "/web/compile-worker.js", data.checker, data.content}
	for _, r := range components.Routes() {
		cacheable = append(cacheable, r.Path)
	}
	return &app.Handler{
		Name:            "Mend",
		ShortName:       "Mend",
		Title:           "Mend",
		Author:          "Mend",
		Description:     description,
		Lang:            "en",
		BackgroundColor: backgroundLight,
		ThemeColor:      themeLight,
		LoadingLabel:    "Getting ready…",
		Icon: app.Icon{
			Default:  "/web/icons/icon-192.png",
			Large:    "/web/icons/icon-512.png",
			Maskable: "/web/icons/icon-maskable-512.png",
			SVG:      "/web/icons/icon.svg",
		},
		Styles: styles,
		// It must run before go-app starts, which reads localStorage at
		// once; the program starts only after the first paint, so it is
		// deferred like app.js and never holds up that paint.
		Scripts:               []string{"/web/storage-guard.js defer"},
		RawHeaders:            []string{`<meta name="color-scheme" content="light dark">`},
		CacheableResources:    cacheable,
		Version:               version,
		WasmContentLength:     strconv.FormatInt(wasmSize, 10),
		ServiceWorkerTemplate: worker,
		Env:                   map[string]string{components.CheckerDataEnv: data.checker, site.ContentEnv: data.content},
	}
}

// dataAssets are the addresses of the data the app the site ships leaves
// out of app.wasm: the checker's, fetched on the workshop, and the content
// (content.go), fetched beside app.wasm and read before the first drawing.
type dataAssets struct{ checker, content string }

// writeData writes the data the app the site ships leaves out of
// app.wasm into outWeb, each asset as one file named after its bytes, and
// returns their addresses.
func writeData(outWeb string) (dataAssets, error) {
	var a dataAssets
	if checkerdata.Embedded() == nil || !guide.Ready() || !share.Ready() {
		return a, fmt.Errorf("this generator was built without the app's data (-tags fetchdata is for app.wasm only)")
	}
	words, err := guide.Encode()
	if err != nil {
		return a, err
	}
	files := map[string][]byte{guideFile: words}
	for name, b := range share.Data() {
		files[sharePrefix+name] = b
	}
	// The checker's rules go compiled, so that app.wasm needs no compiler.
	b, err := checker.Asset()
	if err != nil {
		return a, err
	}
	if a.checker, err = writeAsset(outWeb, checkerdata.AssetName(b), b); err != nil {
		return a, err
	}
	b = asset.Encode(contentKind, asset.New(files))
	a.content, err = writeAsset(outWeb, asset.Name(contentKind, b), b)
	return a, err
}

// writeAsset writes the asset b as outWeb/name and returns its address.
func writeAsset(outWeb, name string, b []byte) (string, error) {
	return "/web/" + name, os.WriteFile(filepath.Join(outWeb, name), b, 0o644)
}

func build(out, wasm, webDir, goroot string, precompress bool) error {
	info, err := os.Stat(wasm)
	if err != nil {
		return fmt.Errorf("app.wasm must be built first (make build does it): %w", err)
	}
	wasmBytes, err := os.ReadFile(wasm)
	if err != nil {
		return err
	}
	worker, err := site.PatchWorker(app.DefaultAppWorkerJS)
	if err != nil {
		return err
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	if err := copyTree(webDir, filepath.Join(out, "web")); err != nil {
		return fmt.Errorf("copying %s: %w", webDir, err)
	}
	if err := os.WriteFile(filepath.Join(out, "web", "app.wasm"), wasmBytes, 0o644); err != nil {
		return err
	}
	data, err := writeData(filepath.Join(out, "web"))
	if err != nil {
		return err
	}
	registerRoutes()
	styles, bundle, err := bundleStyles(webDir, filepath.Join(out, "web"))
	if err != nil {
		return err
	}

	// Pass one renders with a placeholder version; the hash of that output
	// becomes the real version, rendered in pass two. The same sources
	// thus always give the same version.
	if err := generate(out, newHandler("pending", info.Size(), worker, styles, data), goroot, bundle); err != nil {
		return err
	}
	version, err := site.ContentVersion(out)
	if err != nil {
		return err
	}
	if err := generate(out, newHandler(version, info.Size(), worker, styles, data), goroot, bundle); err != nil {
		return err
	}
	if !precompress {
		fmt.Printf("built %s: version %s (not precompressed)\n", out, version)
		return nil
	}
	stats, err := site.Precompress(out)
	if err != nil {
		return err
	}
	for _, s := range stats {
		if s.Name == "web/app.wasm" || "/"+s.Name == data.checker || "/"+s.Name == data.content {
			fmt.Printf("%s: %d bytes raw, %d gzip, %d brotli\n", path.Base(s.Name), s.Raw, s.Gzip, s.Brotli)
		}
	}
	fmt.Printf("built %s: version %s, %d routes\n", out, version, len(components.Routes()))
	return nil
}

// bundleStyles joins the style sheets in webDir into one: mend.css (the
// base) first, then each part's own sheet in name order, which is left out
// of outWeb. Every page loads it before it can paint, and one file arrives
// sooner than six on a slow connection. It returns the one URL and the
// joined sheets, which generate writes over mend.css in outWeb after
// go-app's own rules.
func bundleStyles(webDir, outWeb string) ([]string, []byte, error) {
	names, err := filepath.Glob(filepath.Join(webDir, "*.css"))
	if err != nil {
		return nil, nil, err
	}
	base, err := os.ReadFile(filepath.Join(webDir, "mend.css"))
	if err != nil {
		return nil, nil, err
	}
	bundle := append([]byte(nil), base...)
	for _, name := range names {
		if filepath.Base(name) == "mend.css" {
			continue
		}
		part, err := os.ReadFile(name)
		if err != nil {
			return nil, nil, err
		}
		bundle = append(bundle, fmt.Sprintf("\n/* ---- %s ---- */\n\n", filepath.Base(name))...)
		bundle = append(bundle, part...)
		if err := os.Remove(filepath.Join(outWeb, filepath.Base(name))); err != nil {
			return nil, nil, err
		}
	}
	return []string{"/web/mend.css"}, bundle, nil
}

// generate prerenders every route and applies Mend's fixes to what go-app
// wrote. styles are Mend's joined style sheets (bundleStyles).
func generate(out string, h *app.Handler, goroot string, styles []byte) error {
	if err := app.GenerateStaticWebsite(out, h); err != nil {
		return fmt.Errorf("generating the static site: %w", err)
	}
	// go-app's own sheet (the loader's rules) goes first in Mend's one, and
	// the pages link only that (site.PatchPage): one style sheet to wait
	// for before the first paint, not two.
	goappCSS, err := os.ReadFile(filepath.Join(out, "app.css"))
	if err != nil {
		return err
	}
	sheet := slices.Concat(goappCSS, []byte("\n/* ---- mend.css ---- */\n\n"), styles)
	if err := os.WriteFile(filepath.Join(out, "web", "mend.css"), sheet, 0o644); err != nil {
		return err
	}
	if goroot != "" {
		// go-app embeds a wasm_exec.js that may not match the compiler
		// that built app.wasm; the compiler's own is the right one.
		src := filepath.Join(goroot, "lib", "wasm", "wasm_exec.js")
		if err := copyFile(src, filepath.Join(out, "wasm_exec.js")); err != nil {
			return fmt.Errorf("copying the compiler's wasm_exec.js: %w", err)
		}
	}
	if err := rewrite(filepath.Join(out, "app.js"), func(b []byte) ([]byte, error) {
		s, err := site.PatchAppJS(string(b))
		return []byte(s), err
	}); err != nil {
		return err
	}
	manifest := filepath.Join(out, "manifest.webmanifest")
	if err := rewrite(manifest, func(b []byte) ([]byte, error) {
		return site.PatchManifest(b, site.ManifestExtras{
			ID: "/", Lang: "en", ThemeDark: themeDark, BackgroundDark: backgroundDark,
		})
	}); err != nil {
		return err
	}
	return filepath.WalkDir(out, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".html" {
			return err
		}
		return rewrite(path, func(b []byte) ([]byte, error) {
			b, err := site.CanonicalPage(b)
			if err != nil {
				return nil, err
			}
			if b, err = site.TrimIndentation(b); err != nil {
				return nil, err
			}
			return site.PatchPage(b, site.PageExtras{
				ThemeLight: themeLight, ThemeDark: themeDark,
				MaskableIcon: h.Icon.Maskable, AppleTouchIcon: "/web/icons/apple-touch-icon.png",
			})
		})
	})
}

// makeDist copies the built site into a folder for a static host: each
// page gets its Content-Security-Policy as a <meta> tag (hosts without
// custom headers still enforce it), and a _headers file carries the full
// header set for hosts that read one (Netlify, Cloudflare Pages).
func makeDist(from, dist string) error {
	if _, err := os.Stat(filepath.Join(from, "index.html")); err != nil {
		return fmt.Errorf("%s holds no built site (run make build first): %w", from, err)
	}
	if err := os.RemoveAll(dist); err != nil {
		return err
	}
	if err := copyTree(from, dist); err != nil {
		return err
	}
	err := filepath.WalkDir(dist, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".html" {
			return err
		}
		if err := rewrite(path, site.InsertMetaCSP); err != nil {
			return err
		}
		// The precompressed variants must match the page they stand for.
		_, err = site.PrecompressFile(path)
		return err
	})
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dist, "_headers"), site.HeadersFile(), 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s for static hosting\n", dist)
	return nil
}

func rewrite(path string, patch func([]byte) ([]byte, error)) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	b, err = patch(b)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return os.WriteFile(path, b, 0o644)
}

func copyTree(from, to string) error {
	return filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		if strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		return copyFile(path, filepath.Join(to, rel))
	})
}

func copyFile(from, to string) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return err
	}
	return dst.Close()
}
