# Groups of users: they decide who self-service reset is for, and organise users.

groups-title = Groups
groups-lead = Groups decide who self-service reset is for (see the reset policy) and organise users. Members are also set on each user's profile and by imports.
groups-loading = Loading groups…
groups-none = No groups yet.
# The name of the paging buttons, read out by screen readers.
groups-pages = Pages
groups-previous-page = Previous page
groups-next-page = Next page
groups-col-group = Group
groups-col-members = Members
# Whether the reset policy makes the group's members able to reset their own password.
groups-col-scope = Reset scope
groups-col-description = Description
# A button's name for screen readers; $name is the group's name.
groups-open = Open the group { $name }
# $to is the group's new name.
groups-renaming = Being renamed to { $to }: rename again to finish
groups-in-scope = In scope
# $name is the group's name.
groups-created = The group { $name } was created.
groups-create-label = Create a group
groups-new-name = New group name
groups-new-name-hint = 1 to 64 letters, digits, spaces, . _ -
groups-description = Description (optional)
groups-create = Create group
# $name is the group's new name.
groups-renamed = Renamed to { $name }; its members and the reset scope follow.
groups-deleted = The group { $name } was deleted.
groups-strands-title = Users would lose self-service reset
# $count is a number of users.
groups-strands-body = The reset policy names this group: { $count } member(s) could no longer reset their own password. Nothing was deleted.
groups-no-such-user = No user has this username.
# A heading; $name is the group's name.
groups-detail-title = Group: { $name }
groups-name = Name
groups-rename = Rename
groups-delete = Delete group
# $count is a number of users.
groups-delete-anyway = Delete anyway ({ $count } lose self-service reset)
groups-add-member-label = Add a member by username
groups-add-member = Add member
groups-members = Members
groups-loading-members = Loading members…
groups-no-members = No members.
# A button's name for screen readers; $username is the member's username.
groups-remove-label = Remove { $username } from the group
groups-remove = Remove
groups-more-members = More members: filter Users by this group to see them all.
