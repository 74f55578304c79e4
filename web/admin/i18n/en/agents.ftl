# Directory writeback: agents installed in the organisation's network write
# password resets, changes and unlocks to its own directory (such as Active
# Directory). An agent is enrolled with a one-time token.

agents-revoked-title = Revoked
# $name is the agent's name.
agents-revoked-body = { $name } can no longer take jobs.
agents-title = Directory writeback
agents-lead = Agents in your network write resets, changes and unlocks to your directory. They only connect out.
agents-loading = Loading agents…
agents-none = No agent is enrolled: users of your own directory are not written back.
# $directory is the directory's short name, such as "corp".
agents-directory-offline = { $directory }: no agent online — its users cannot reset now
agents-directory-online = { $count ->
    [one] { $directory }: { $count } agent online
   *[other] { $directory }: { $count } agents online
}
# An agent's status.
agents-status-online = Online
agents-status-offline = Offline
agents-status-revoked = Revoked
agents-revoke = Revoke
agents-table = Agents
agents-col-agent = Agent
agents-col-directory = Directory
agents-col-status = Status
agents-col-version = Version
agents-col-last-contact = Last contact
agents-enrol-title = Enrol an agent
agents-directory = Directory
agents-directory-hint = A short name for the directory, such as corp: lowercase letters, digits and dashes.
agents-name = Agent name
agents-name-hint = Which host it runs on, such as dc1 agent.
agents-issue = Issue enrolment token
agents-issuing = Issuing…
# $until is a date and time.
agents-token = Enrolment token (shown once, works once, until { $until }):
# Followed by the command to run on the computer the agent is installed on.
agents-on-host = On the agent's host:
