//go:build !windows

package server

import (
	"bytes"
	"os"
	"strconv"
	"syscall"
)

// parentGone reports whether the editor process pid has exited: signal 0
// answers ESRCH, or it is a zombie not reaped yet.
func parentGone(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == syscall.ESRCH || zombie(pid)
}

// zombie reports whether pid has exited but was not reaped yet (Linux):
// it still answers signal 0, but the editor is gone.
func zombie(pid int) bool {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	// "pid (comm) S …": the name may hold spaces and parentheses
	i := bytes.LastIndexByte(b, ')')
	return i >= 0 && i+2 < len(b) && b[i+2] == 'Z'
}
