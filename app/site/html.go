package site

import (
	"bytes"
	"fmt"
	"html"
	"regexp"

	"mend/app/headers"
)

// PageExtras are the values PatchPage writes into each page.
type PageExtras struct {
	ThemeLight, ThemeDark string // browser frame colours
	MaskableIcon          string // the icon go-app uses as apple-touch-icon
	AppleTouchIcon        string // a 180×180 opaque PNG to use instead
}

// PatchPage fixes what go-app writes into every page's <head>, which must
// already be in CanonicalPage form: its single theme-color becomes a light
// and a dark one, the apple-touch-icon (go-app reuses the 512 maskable
// icon) points at a 180×180 icon, and go-app's style sheet is no longer
// linked (its rules are in Mend's).
func PatchPage(page []byte, x PageExtras) ([]byte, error) {
	esc := html.EscapeString
	page, err := replaceOnce(page,
		fmt.Sprintf(`<meta content="%s" name="theme-color">`, esc(x.ThemeLight)),
		fmt.Sprintf(`<meta content="%s" media="(prefers-color-scheme: light)" name="theme-color">`+
			`<meta content="%s" media="(prefers-color-scheme: dark)" name="theme-color">`, esc(x.ThemeLight), esc(x.ThemeDark)),
		"the theme-color meta tag")
	if err != nil {
		return nil, err
	}
	page, err = replaceOnce(page,
		fmt.Sprintf(`<link href="%s" rel="apple-touch-icon">`, esc(x.MaskableIcon)),
		fmt.Sprintf(`<link href="%s" rel="apple-touch-icon" sizes="180x180">`, esc(x.AppleTouchIcon)),
		"the apple-touch-icon link")
	if err != nil {
		return nil, err
	}
	// go-app's own style sheet is folded into Mend's (app/main_gen.go):
	// one sheet to wait for before the first paint instead of two.
	if n := len(appCSSLink.FindAll(page, -1)); n != 1 {
		return nil, fmt.Errorf("found go-app's style sheet link %d times, want exactly once", n)
	}
	page = appCSSLink.ReplaceAll(page, nil)
	// go-app writes Open Graph addresses even without a domain to put in
	// them ("https://"); a link preview would show nothing useful.
	page = openGraphURL.ReplaceAll(page, nil)
	// The loader's icon is decoration beside its progress label.
	return replaceOnce(page, `alt="wasm loader icon"`, `alt=""`, "the loader icon's alt text")
}

var appCSSLink = regexp.MustCompile(`\n?[ \t]*<link href="/app.css" rel="stylesheet" type="text/css">`)

var openGraphURL = regexp.MustCompile(`\n\s*<meta content="https://(/[^"]*)?" property="og:(url|image)">`)

// InsertMetaCSP puts the Content-Security-Policy in a <meta> tag right
// after <meta charset>, for static hosts that cannot send headers.
func InsertMetaCSP(page []byte) ([]byte, error) {
	const charset = `<meta charset="UTF-8">`
	return replaceOnce(page, charset,
		fmt.Sprintf(`%s<meta content="%s" http-equiv="Content-Security-Policy">`, charset, html.EscapeString(headers.MetaContentSecurityPolicy)),
		"<meta charset>")
}

func replaceOnce(b []byte, old, new, what string) ([]byte, error) {
	if n := bytes.Count(b, []byte(old)); n != 1 {
		return nil, fmt.Errorf("found %s %d times, want exactly once: %s", what, n, old)
	}
	return bytes.Replace(b, []byte(old), []byte(new), 1), nil
}
