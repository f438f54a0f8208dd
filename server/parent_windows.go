//go:build windows

package server

import "syscall"

// processQueryLimitedInformation is PROCESS_QUERY_LIMITED_INFORMATION, which
// syscall lacks; it opens processes of other users and elevated ones too.
const processQueryLimitedInformation = 0x1000

// Windows' numbers that syscall does not name.
const (
	errorInvalidParameter syscall.Errno = 87  // ERROR_INVALID_PARAMETER
	stillActive                         = 259 // STILL_ACTIVE, the exit code of a running process
)

// parentGone reports whether the editor process pid has exited. Windows has
// no signal 0: open the process and read its exit code, STILL_ACTIVE while
// it runs. A pid that no longer exists fails to open with
// ERROR_INVALID_PARAMETER; any other failure (access denied) counts as alive,
// so the server never quits under an editor it merely cannot inspect.
func parentGone(pid int) bool {
	h, err := syscall.OpenProcess(processQueryLimitedInformation, false, uint32(pid))
	if err != nil {
		return err == errorInvalidParameter
	}
	defer syscall.CloseHandle(h)
	var code uint32
	if err := syscall.GetExitCodeProcess(h, &code); err != nil {
		return false
	}
	return code != stillActive
}
