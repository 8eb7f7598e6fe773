package site

import (
	"bytes"
	"errors"
	"html"
	"io"
	"sort"
	"strings"

	xhtml "golang.org/x/net/html"
)

// CanonicalPage rewrites a page go-app prerendered so that the same page
// always gives the same bytes. go-app writes attributes in map order, which
// changes from run to run; without this every build would get a new
// content version and make every installed app update for nothing.
//
// It leaves out boolean attributes go-app wrote as "false" (see
// booleanAttributes), and restores the value of ARIA and data attributes
// that go-app writes bare when their value is "true" (aria-hidden="true"
// would otherwise become aria-hidden="", which means false).
func CanonicalPage(page []byte) ([]byte, error) {
	z := xhtml.NewTokenizer(bytes.NewReader(page))
	var out bytes.Buffer
	out.Grow(len(page))
	for {
		tt := z.Next()
		switch tt {
		case xhtml.ErrorToken:
			if errors.Is(z.Err(), io.EOF) {
				return out.Bytes(), nil
			}
			return nil, z.Err()
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			writeTag(&out, z.Token(), tt == xhtml.SelfClosingTagToken)
		default:
			out.Write(z.Raw())
		}
	}
}

// booleanAttributes are the HTML attributes that are true by being there,
// whatever their value. go-app prerenders Hidden(false) as hidden="false",
// which hides the element, and Checked(false) as checked="false", which
// ticks the box: the live page, which sets the properties, shows neither.
// Such attributes are left out.
var booleanAttributes = map[string]bool{
	"hidden": true, "checked": true, "disabled": true, "readonly": true, "required": true,
	"selected": true, "open": true, "multiple": true, "autofocus": true, "inert": true,
	"novalidate": true, "formnovalidate": true, "reversed": true, "default": true,
}

func writeTag(out *bytes.Buffer, tok xhtml.Token, selfClosing bool) {
	attrs := tok.Attr
	sort.SliceStable(attrs, func(i, j int) bool { return attrs[i].Key < attrs[j].Key })
	out.WriteByte('<')
	out.WriteString(tok.Data)
	for _, a := range attrs {
		if booleanAttributes[a.Key] && a.Val == "false" {
			continue
		}
		out.WriteByte(' ')
		out.WriteString(a.Key)
		value := a.Val
		if value == "" && (strings.HasPrefix(a.Key, "aria-") || strings.HasPrefix(a.Key, "data-")) {
			value = "true"
		}
		if value == "" {
			continue
		}
		out.WriteString(`="`)
		out.WriteString(html.EscapeString(value))
		out.WriteByte('"')
	}
	if selfClosing {
		out.WriteString("/")
	}
	out.WriteByte('>')
}
