package site

import (
	"bytes"
	"errors"
	"io"
	"strings"

	xhtml "golang.org/x/net/html"
)

// TrimIndentation removes the line breaks and indentation go-app's
// prerenderer writes between the elements of a page's body. The live page
// has none of them: go-app builds its DOM node by node, so a link followed
// by an arrow sits flush in the live page but one space apart in the
// prerendered one, and every line after it shifts when the program starts.
// Without the indentation the prerendered page lays out exactly like the
// live one. Text a page really holds, spaces included, is kept; so is all
// of <pre>, <textarea>, <script> and <style>, where whitespace counts.
//
// go-app writes each child of an element with more than one on a line of
// its own, indented two spaces deeper than the element's closing tag. A
// text child therefore arrives as a line break, its indentation, its own
// text (which may begin or end with a space that counts), a line break and
// the indentation of whatever comes next: a sibling at the same depth, or
// the closing tag two spaces shallower.
func TrimIndentation(page []byte) ([]byte, error) {
	z := xhtml.NewTokenizer(bytes.NewReader(page))
	var out bytes.Buffer
	out.Grow(len(page))
	inBody, verbatim := false, 0
	var pending []byte // a text token in the body, trimmed once the next token tells its depth
	for {
		tt := z.Next()
		if pending != nil {
			out.Write(trimText(pending, tt == xhtml.EndTagToken))
			pending = nil
		}
		raw := z.Raw()
		switch tt {
		case xhtml.ErrorToken:
			if errors.Is(z.Err(), io.EOF) {
				return out.Bytes(), nil
			}
			return nil, z.Err()
		case xhtml.StartTagToken, xhtml.EndTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "body":
				inBody = tt == xhtml.StartTagToken
			case "pre", "textarea", "script", "style":
				if tt == xhtml.StartTagToken {
					verbatim++
				} else if verbatim > 0 {
					verbatim--
				}
			}
		case xhtml.TextToken:
			if inBody && verbatim == 0 {
				pending = append([]byte(nil), raw...)
				continue
			}
		}
		out.Write(raw)
	}
}

// trimText removes go-app's indentation from one text token; beforeClose
// says whether a closing tag follows it.
func trimText(text []byte, beforeClose bool) []byte {
	end := bytes.LastIndexByte(text, '\n')
	if end < 0 || strings.Trim(string(text[end+1:]), " ") != "" {
		return text // not go-app's indentation
	}
	if end == 0 {
		return nil // only a line break and indentation: no text at all
	}
	if text[0] != '\n' {
		return text[:end]
	}
	depth := len(text) - end - 1 // the indentation of what follows
	if beforeClose {
		depth += 2
	}
	body := text[1:end]
	for i := 0; i < depth && len(body) > 0 && body[0] == ' '; i++ {
		body = body[1:]
	}
	return body
}
