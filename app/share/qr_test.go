package share

import (
	"encoding/xml"
	"strings"
	"testing"
)

func TestQRCodeSVG(t *testing.T) {
	link := Link("https://example.org", mustEncode(t, longPlan, everySection(), Options{}))
	link += strings.Repeat("A", 1900-len(link)) // a link at the "long" warning
	svg, err := QRCodeSVG(link)
	if err != nil {
		t.Fatalf("a 1,900-character link does not fit: %v", err)
	}
	t.Logf("1,900-character link: %d bytes of SVG", len(svg))

	var doc struct {
		XMLName xml.Name `xml:"svg"`
		ViewBox string   `xml:"viewBox,attr"`
		Role    string   `xml:"role,attr"`
		Title   string   `xml:"title"`
		Paths   []struct {
			D string `xml:"d,attr"`
		} `xml:"path"`
	}
	if err := xml.Unmarshal([]byte(svg), &doc); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	if doc.Role != "img" || doc.Title == "" || !strings.HasPrefix(doc.ViewBox, "0 0 ") || len(doc.Paths) != 1 || doc.Paths[0].D == "" {
		t.Errorf("svg needs role=img, a title, a viewBox and one path: %+v", doc)
	}
	if strings.Contains(svg, "style") {
		t.Error("the SVG has a style attribute, which the CSP forbids")
	}
	// Version 40 (177 modules) plus the quiet zone on both sides.
	if doc.ViewBox != "0 0 185 185" && !strings.HasPrefix(doc.ViewBox, "0 0 1") {
		t.Errorf("viewBox %q", doc.ViewBox)
	}

	if _, err := QRCodeSVG(strings.Repeat("A", 3000) + "a"); err == nil {
		t.Error("a 3,000-character link was drawn; it cannot fit at level M")
	}
}
