// Package markup writes text into HTML: the one escaper for every part
// of Mend that writes markup as a string (the progress chart, the guide's
// fixed pages), so that words never become tags.
package markup

// Escape escapes s for markup text or a quoted attribute, exactly as
// html.EscapeString does. html.EscapeString is built on strings.Replacer,
// which linked about 20 KB of code into the WebAssembly build for this
// use. It appends in one place: each inlined strings.Builder write costs
// the WebAssembly build hundreds of bytes.
func Escape(s string) string {
	var out []byte
	for i := 0; i < len(s); i++ {
		esc := s[i : i+1]
		switch s[i] {
		case '&':
			esc = "&amp;"
		case '\'':
			esc = "&#39;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '"':
			esc = "&#34;"
		}
		out = append(out, esc...)
	}
	return string(out)
}
