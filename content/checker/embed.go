//go:build !fetchdata

package checkerdata

import (
	"embed"
	"sync"
)

// Files holds every *.rules file of the checker.
//
//go:embed *.rules
var Files embed.FS

// PartModel is the part classifier's weights, written by cmd/train from
// the labelled sentences in training/ and labelled dev drafts
// ("make train"); see mend/app/checker/model.go for the format.
//
//go:embed parts.model
var PartModel []byte

// HarmModel is the harm classifier's weights, written by cmd/train from
// the labelled sentences in training-harms/ ("make train").
//
//go:embed harms.model
var HarmModel []byte

// Embedded returns the checker's data that this build carries: every
// *.rules file and parts.model. Every build carries it except the app the
// site ships (-tags fetchdata), which fetches it as one file (Encode).
func Embedded() *Data { return embedded() }

var embedded = sync.OnceValue(func() *Data {
	files := map[string][]byte{ModelName: PartModel, HarmModelName: HarmModel}
	entries, err := Files.ReadDir(".")
	if err != nil {
		panic("checkerdata: the embedded rule files cannot be listed: " + err.Error())
	}
	for _, e := range entries {
		if files[e.Name()], err = Files.ReadFile(e.Name()); err != nil {
			panic("checkerdata: " + err.Error())
		}
	}
	return New(files)
})
