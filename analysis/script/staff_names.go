package script

// StaffFlag reports whether a name is a flag named for a staff role
// (isAdmin, is_staff, hasManagerRole, isEmployee): the names staffOnly
// reads in a script's conditions, for a reader of other conditions (a
// template's wx:if="{{userInfo.isAdmin}}").
func StaffFlag(name string) bool { return staffFlag(name) }

// StaffRoleTest reports whether comparing the role-like name (role,
// userType, identity …) with value tests for a role no ordinary user has
// (role === 'admin'; not 'user', 'member', 'vip').
func StaffRoleTest(name, value string) bool { return roleName(name) && staffRole(value) }
