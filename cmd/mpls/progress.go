package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// progressDelay: a check that ends sooner shows no progress line at all,
// so small projects print nothing extra.
const progressDelay = 400 * time.Millisecond

// progress is one status line on stderr, redrawn in place while a big
// check runs, and erased when it ends. It is only ever shown when stderr
// is a terminal: CI logs and pipes never see it.
type progress struct {
	w      io.Writer
	prefix string
	start  time.Time

	mu    sync.Mutex
	label string
	shown bool
	done  chan struct{}
	wg    sync.WaitGroup
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// startProgress returns a progress line for stderr; a no-op unless stderr
// is a terminal.
func startProgress(stderr io.Writer, prefix string) *progress {
	p := &progress{w: stderr, prefix: prefix, start: time.Now()}
	if !isTerminal(stderr) {
		return p
	}
	p.done = make(chan struct{})
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-p.done:
				return
			case now := <-t.C:
				if now.Sub(p.start) >= progressDelay {
					p.draw(now)
				}
			}
		}
	}()
	return p
}

// set names what is being checked now.
func (p *progress) set(label string) {
	p.mu.Lock()
	p.label = label
	p.mu.Unlock()
}

func (p *progress) draw(now time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.w, "\r\x1b[K%s: checking %s … %.1fs", p.prefix, p.label, now.Sub(p.start).Seconds())
	p.shown = true
}

// stop ends the line and erases it.
func (p *progress) stop() {
	if p.done == nil {
		return
	}
	close(p.done)
	p.wg.Wait()
	p.done = nil
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
