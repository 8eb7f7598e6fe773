package site

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/andybalholm/brotli"
)

// compressible lists the file types worth precompressing. Images in PNG
// are compressed already. The checker's data (.bin) is mostly text.
var compressible = map[string]bool{
	".html": true, ".css": true, ".js": true, ".wasm": true, ".json": true,
	".webmanifest": true, ".svg": true, ".txt": true, ".xml": true, ".ics": true,
	".bin": true,
}

// CompressStats reports the bytes of one precompressed file.
type CompressStats struct {
	Name                 string // slash-separated path inside the folder
	Raw, Brotli, Gzip    int
	WroteBrotli, WroteGz bool
}

// Precompress writes a brotli (.br, quality 11) and a gzip (.gz, best
// compression) variant beside every compressible file under dir, so a
// server can send them without compressing on the fly.
func Precompress(dir string) ([]CompressStats, error) {
	var stats []CompressStats
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !compressible[filepath.Ext(path)] {
			return err
		}
		s, err := PrecompressFile(path)
		rel, _ := filepath.Rel(dir, path)
		s.Name = filepath.ToSlash(rel)
		stats = append(stats, s)
		return err
	})
	return stats, err
}

// PrecompressFile writes the brotli and gzip variants of one file. A
// variant that would not be smaller is not written, and any earlier one is
// removed so that no variant can be stale.
func PrecompressFile(path string) (CompressStats, error) {
	s := CompressStats{Name: path}
	raw, err := os.ReadFile(path)
	if err != nil {
		return s, err
	}
	s.Raw = len(raw)
	br, err := Brotli(raw)
	if err != nil {
		return s, fmt.Errorf("brotli-compressing %s: %w", path, err)
	}
	gz, err := Gzip(raw)
	if err != nil {
		return s, fmt.Errorf("gzip-compressing %s: %w", path, err)
	}
	s.Brotli, s.Gzip = len(br), len(gz)
	s.WroteBrotli, s.WroteGz = len(br) < len(raw), len(gz) < len(raw)
	for _, v := range []struct {
		suffix string
		data   []byte
		write  bool
	}{{".br", br, s.WroteBrotli}, {".gz", gz, s.WroteGz}} {
		if !v.write {
			if err := os.Remove(path + v.suffix); err != nil && !os.IsNotExist(err) {
				return s, err
			}
			continue
		}
		if err := os.WriteFile(path+v.suffix, v.data, 0o644); err != nil {
			return s, err
		}
	}
	return s, nil
}

// Brotli compresses b at the highest quality with the largest window the
// format allows every decoder to expect (2^24 bytes, RFC 7932). The default
// 4 MiB window is smaller than app.wasm, so repeats further apart than that
// were sent twice; with the whole file in view they are not.
func Brotli(b []byte) ([]byte, error) {
	var out bytes.Buffer
	w := brotli.NewWriterOptions(&out, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: 24})
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// Gzip compresses b at the highest level, with no name or time in the
// header so the output depends on the input alone.
func Gzip(b []byte) ([]byte, error) {
	var out bytes.Buffer
	w, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// isVariant reports whether name is a precompressed variant.
func isVariant(name string) bool {
	return strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz")
}
