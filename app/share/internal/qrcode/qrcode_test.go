package qrcode

import (
	"errors"
	"strings"
	"testing"

	"github.com/boombuler/barcode/qr"
)

// reference draws text with an established QR library, for comparison.
func reference(t *testing.T, text string) (size int, dark func(x, y int) bool) {
	t.Helper()
	code, err := qr.Encode(text, qr.M, qr.Unicode)
	if err != nil {
		t.Fatalf("the reference library refused %d bytes: %v", len(text), err)
	}
	b := code.Bounds()
	return b.Dx(), func(x, y int) bool {
		r, _, _, _ := code.At(b.Min.X+x, b.Min.Y+y).RGBA()
		return r == 0
	}
}

// TestSameModulesAsAnEstablishedLibrary: for texts that need every size of
// code from version 1 to 40, the code is module for module the one the
// reference library draws with one of the eight masks (libraries may weigh
// the masks' penalties differently; any mask scans).
func TestSameModulesAsAnEstablishedLibrary(t *testing.T) {
	link := "https://mend.example/view#"
	for n := 1; n <= 2331; n += 1 + n/12 {
		text := (link + strings.Repeat("aZ9-_~xy", n/8+1))[:n]
		size, dark := reference(t, text)
		same := false
		for mask := range 8 {
			c, err := encode([]byte(text), mask)
			if err != nil {
				t.Fatalf("%d bytes: %v", n, err)
			}
			if c.Size != size {
				t.Fatalf("%d bytes: a %d-module code, the reference draws %d", n, c.Size, size)
			}
			equal := true
			for y := 0; y < size && equal; y++ {
				for x := 0; x < size && equal; x++ {
					equal = c.Dark(x, y) == dark(x, y)
				}
			}
			same = same || equal
		}
		if !same {
			t.Errorf("%d bytes (a %d-module code): no mask gives the reference library's code", n, size)
		}
	}
}

func TestTheChosenMaskIsOneOfTheEight(t *testing.T) {
	c, err := Encode([]byte("https://mend.example/view#abc"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for mask := range 8 {
		m, _ := encode([]byte("https://mend.example/view#abc"), mask)
		found = found || equalCodes(c, m)
	}
	if !found {
		t.Error("Encode drew a code that none of the eight masks gives")
	}
}

func equalCodes(a, b *Code) bool {
	if a.Size != b.Size {
		return false
	}
	for i := range a.modules {
		if a.modules[i] != b.modules[i] {
			return false
		}
	}
	return true
}

func TestTooLong(t *testing.T) {
	if _, err := Encode(make([]byte, 2332)); !errors.Is(err, ErrTooLong) {
		t.Errorf("2,332 bytes at level M: err = %v, want ErrTooLong", err)
	}
	if c, err := Encode(make([]byte, 2331)); err != nil || c.Size != 177 {
		t.Errorf("2,331 bytes at level M: want a version 40 code (177 modules), got %v", err)
	}
}
