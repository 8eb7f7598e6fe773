package store

import (
	"fmt"
	"slices"
	"sync"
)

// Backend is one key/value store of strings, such as the browser's
// localStorage. Implementations must be safe for use by one goroutine at a
// time; Store serialises its own calls.
type Backend interface {
	// Get returns the value stored under key, and whether there is one.
	Get(key string) (value string, ok bool, err error)
	// Set stores value under key, replacing any earlier value. When the
	// storage is full it must return an error wrapping ErrQuota and leave the
	// earlier value in place.
	Set(key, value string) error
	// Remove deletes key and its value. Removing a missing key is not an
	// error.
	Remove(key string) error
}

// Lister is implemented by a Backend that can list its keys. Store uses it
// to find copies it set aside (see Store.SetAside) and to delete everything
// Mend stored (Store.DeleteEverything).
type Lister interface {
	Keys() ([]string, error)
}

// Memory is a Backend that keeps everything in memory, for tests and for
// when the browser blocks storage (then nothing survives a reload). It is
// safe for concurrent use; two Stores opened on one Memory behave like two
// tabs sharing one localStorage.
type Memory struct {
	mu   sync.Mutex
	data map[string]string
	// Limit, when positive, is the most bytes (len(key)+len(value), summed
	// over all keys) the Memory holds; a Set that would go over it fails
	// with ErrQuota, as a browser's full localStorage does.
	Limit int
	// Fail, when not nil, makes every call fail with it, to simulate storage
	// that throws.
	Fail error
}

// NewMemory returns an empty Memory with no limit.
func NewMemory() *Memory {
	return &Memory{data: map[string]string{}}
}

// Get returns the value stored under key.
func (m *Memory) Get(key string) (string, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Fail != nil {
		return "", false, m.Fail
	}
	v, ok := m.data[key]
	return v, ok, nil
}

// Set stores value under key, or fails with an error wrapping ErrQuota if
// that would take the Memory over its Limit.
func (m *Memory) Set(key, value string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Fail != nil {
		return m.Fail
	}
	if m.data == nil {
		m.data = map[string]string{}
	}
	if m.Limit > 0 {
		used := m.used()
		if old, ok := m.data[key]; ok {
			used -= len(key) + len(old)
		}
		if need := used + len(key) + len(value); need > m.Limit {
			return fmt.Errorf("setting %q needs %d bytes of %d: %w", key, need, m.Limit, ErrQuota)
		}
	}
	m.data[key] = value
	return nil
}

// Remove deletes key.
func (m *Memory) Remove(key string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Fail != nil {
		return m.Fail
	}
	delete(m.data, key)
	return nil
}

// Keys returns every key, sorted.
func (m *Memory) Keys() ([]string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Fail != nil {
		return nil, m.Fail
	}
	keys := make([]string, 0, len(m.data))
	for k := range m.data {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys, nil
}

// Used returns how many bytes the Memory holds, counted as Limit counts them.
func (m *Memory) Used() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.used()
}

func (m *Memory) used() int {
	n := 0
	for k, v := range m.data {
		n += len(k) + len(v)
	}
	return n
}
