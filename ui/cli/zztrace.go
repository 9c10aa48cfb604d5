package cli

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"time"
)

var zzStart = time.Now()
var zzMu sync.Mutex
var zzF *os.File

func zz(what string) {
	if os.Getenv("BYLINE_TRACE") == "" {
		return
	}
	zzMu.Lock()
	defer zzMu.Unlock()
	if zzF == nil {
		zzF, _ = os.OpenFile(os.Getenv("BYLINE_TRACE"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	}
	fmt.Fprintf(zzF, "%8.2fms %s\n", float64(time.Since(zzStart).Microseconds())/1000, what)
}

type zzWriter struct {
	f *os.File
	n int
}

func (w *zzWriter) Write(p []byte) (int, error) {
	w.n++
	if w.n < 6 {
		zz(fmt.Sprintf("write %d bytes", len(p)))
	}
	return w.f.Write(p)
}
func (w *zzWriter) Fd() uintptr                { return w.f.Fd() }
func (w *zzWriter) Read(p []byte) (int, error) { return w.f.Read(p) }
func (w *zzWriter) Close() error               { return w.f.Close() }

func init() {
	if p := os.Getenv("BYLINE_HEAP"); p != "" {
		go func() {
			time.Sleep(2500 * time.Millisecond)
			runtime.GC()
			f, _ := os.Create(p)
			pprof.WriteHeapProfile(f)
			f.Close()
		}()
	}
}
