package share

import (
	"fmt"
	"strconv"

	"mend/app/share/internal/qrcode"
)

// qrQuietZone is the blank margin scanners need around a code, in modules.
const qrQuietZone = 4

// QRCodeSVG draws text (a share link) as a QR code in SVG, for showing on the
// phone's screen in person. It uses error-correction level M (15% of the code
// can be lost), which still fits a 1,900-character link; links of more than
// about 2,300 characters do not fit and return an error.
//
// The SVG is one <path> of dark modules on a white square, scaled by its
// viewBox; it has role="img" and a <title>, and no style attributes, so a
// strict Content-Security-Policy allows it. Colours are presentation
// attributes: QR codes need dark on light whatever the page's theme. The
// class "qr-code" is there for sizing it from the style sheet.
func QRCodeSVG(text string) (string, error) {
	code, err := qrcode.Encode([]byte(text))
	if err != nil {
		return "", fmt.Errorf("share: QR code of a %d-character link: %w", len(text), err)
	}
	size := code.Size + 2*qrQuietZone
	dark := code.Dark
	// Each horizontal run of dark modules is a line one module thick along
	// the middle of its row: M to the row's first run, then relative moves.
	var d []byte // appended with fmt.Appendf: a strings.Builder passed to fmt.Fprintf keeps all its methods linked
	for y := range code.Size {
		end := -1 // where the previous run in this row ended
		for x := 0; x < code.Size; {
			if !dark(x, y) {
				x++
				continue
			}
			run := 1
			for x+run < code.Size && dark(x+run, y) {
				run++
			}
			if end < 0 {
				d = fmt.Appendf(d, "M%d %d.5h%d", x+qrQuietZone, y+qrQuietZone, run)
			} else {
				d = fmt.Appendf(d, "m%d 0h%d", x-end, run)
			}
			x += run
			end = x
		}
	}
	n := strconv.Itoa(size)
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ` + n + " " + n +
		`" role="img" shape-rendering="crispEdges" class="qr-code"><title>QR code of the plan link</title>` +
		`<rect width="` + n + `" height="` + n + `" fill="#fff"/>` +
		`<path stroke="#000" d="` + string(d) + `"/></svg>`, nil
}
