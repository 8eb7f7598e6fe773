package checker

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestScratchUnsure(t *testing.T) {
	if os.Getenv("SCRATCH2") == "" {
		t.Skip()
	}
	files, _ := filepath.Glob("../../content/checker/training/*.jsonl")
	n := 0
	for _, f := range files {
		fh, _ := os.Open(f)
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			var s Sentence
			json.Unmarshal(sc.Bytes(), &s)
			text := "I'm sorry I forgot your birthday on Friday. " + s.Text
			r := Check(text)
			for _, c := range r.Components {
				if c.State == StateUnsure && n < 25 {
					n++
					fmt.Printf("%s %q %v\n", c.Category, s.Text, s.Parts)
				}
			}
		}
	}
}
