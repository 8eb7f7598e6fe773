package checkerdata

import (
	"errors"
	"strings"

	"mend/content/asset"
)

// Data is the checker's data as a set of named files: the *.rules files
// and the part model (ModelName), or, as the site build writes it for
// the app it ships, the rules compiled (ImageName). It reads like a
// folder (ReadDir and ReadFile), which is all the checker's rule reader
// needs.
type Data struct{ *asset.Bundle }

// ModelName is the part model's name among the data's files.
const ModelName = "parts.model"

// HarmModelName is the harm model's name among the data's files.
const HarmModelName = "harms.model"

// ImageName is the name of the compiled rules and model, the engine
// image that mend/app/checker writes and reads (its image.go), among the
// data's files.
const ImageName = "engine.image"

// New makes Data of the given files, by name (a tool's or a test's own
// rules; the app's come from Embedded or Decode).
func New(files map[string][]byte) *Data { return &Data{asset.New(files)} }

// Model returns the part model's bytes, or nil when the data has none.
func (d *Data) Model() []byte {
	b, _ := d.ReadFile(ModelName)
	return b
}

// HarmModel returns the harm model's bytes, or nil when the data has none.
func (d *Data) HarmModel() []byte {
	b, _ := d.ReadFile(HarmModelName)
	return b
}

// The checker's data travels to the shipped app as an asset of this kind
// (mend/content/asset), which the site build writes beside app.wasm.
const assetKind = "checker"

// Image returns the engine image's bytes, or nil when the data has none.
func (d *Data) Image() []byte {
	b, _ := d.ReadFile(ImageName)
	return b
}

// Encode writes the data as the asset that Decode reads.
func Encode(d *Data) []byte { return asset.Encode(assetKind, d.Bundle) }

// AssetName is the file name the asset is served under, which changes
// with its bytes.
func AssetName(b []byte) string { return asset.Name(assetKind, b) }

// Decode reads an asset that Encode wrote. It fails, returning nothing,
// unless the bytes are exactly a whole asset of this format version with
// a matching checksum and at least one rule file or an engine image.
func Decode(b []byte) (*Data, error) {
	bundle, err := asset.Decode(assetKind, "the checker's data", b)
	if err != nil {
		return nil, err
	}
	entries, _ := bundle.ReadDir(".")
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".rules") || e.Name() == ImageName {
			return &Data{bundle}, nil
		}
	}
	return nil, errors.New("the checker's data holds no rules")
}
