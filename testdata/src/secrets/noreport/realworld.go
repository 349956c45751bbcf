// This file is made of the string literals of real API clients (go-github, slack-go, x/oauth2).

package noreport

// realLiterals are the string literals of the non-test files of real
// API-client modules: URLs, format strings, header names, scopes,
// event names. None is a credential.
var realLiterals = []string{
	" ",
	" %q",
	" -> Erroneous 'ack' event:",
	"!!! No OAuth token. Some tests won't run. !!!\n\n",
	"",
	"#abuse-rate-limits",
	"$1-REDACTED",
	"%d %s",
	"%d %v %+v",
	"%d",
	"%dm%02ds",
	"%ds",
	"%s Credential=%s/%s, SignedHeaders=%s, Signature=%s",
	"%s chart cannot have more than 6 series",
	"%s chart must have at least 1 series",
	"%s",
	"%s.%s",
	"%s/%s",
	"%s/%s/%s/%s",
	"%s: Received unmapped event %q",
	"%s?s=%s",
	"%s\n%s\n%s\n%s",
	"%s\n%s\n%s\n%s\n%s\n%s",
	"%v %+v",
	"%v %v: %d %v %+v",
	"%v %v: %d %v %v",
	"%v %v: %d %v",
	"%v error caused by %v field on %v resource",
	"%v missing field for key: %v (example value: %v)\n",
	"%v",
	"%v.%v",
	"%v.%v{}",
	"%v.Get%v",
	"&",
	"&Timestamp{}",
	"&amp;",
	"&gt;",
	"&lt;",
	"(no scope)",
	"*/*",
	"+",
	", ",
	",",
	"-",
	"-0700",
	"-accessors.go",
	"-stringify_test.go",
	".",
	"..",
	".0",
	".api.",
	".b2clogin.com",
	".config",
	".go",
	".onmicrosoft.com",
	"/",
	"/%s",
	"/admin/oauth/access_token",
	"/admin/oauth/authorize",
	"/api/uploads/",
	"/api/v3/",
	"/app-manifests/",
	"/apps.connections.open",
	"/audit-log",
	"/auth.test",
	"/bots.info",
	"/chat.postEphemeral",
	"/chat.postMessage",
	"/code-scanning/sarifs",
	"/conversations.create",
	"/conversations.info",
	"/conversations.invite",
	"/conversations.inviteShared",
	"/conversations.rename",
	"/conversations.setPurpose",
	"/conversations.setTopic",
	"/conversions",
	"/dependency-graph/snapshots",
	"/gists/9257657",
	"/graphql",
	"/import",
	"/oauth2/authorize",
	"/oauth2/token",
	"/oauth2/v2.0/authorize",
	"/oauth2/v2.0/devicecode",
	"/oauth2/v2.0/token",
	"/reactions.add",
	"/repos/",
	"/rtm.connect",
	"/rtm.start",
	"/scim/",
	"/search/",
	"/search/code",
	"/token",
	"/users.info",
	"/users.lookupByEmail",
	"/users/authorize",
	"/v2/oauth/token",
	"/ws",
	"0",
	"0.0",
	"0123456789.",
	"1",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02",
	"20060102",
	"20060102T150405Z",
	"2022-11-28",
	"300",
	"3600s",
	":",
	"://",
	";",
	"<",
	"<@%s> %s",
	"<nil>",
	"=",
	">",
	"?",
	"?recursive=1",
	"ABCEFG",
	"API rate limit of %v still exceeded until %v, not making remote request.",
	"API secondary rate limit exceeded until %v, not making remote request.",
	"APPDATA",
	"AWS4",
	"AWS4-HMAC-SHA256",
	"AWS_ACCESS_KEY_ID",
	"AWS_DEFAULT_REGION",
	"AWS_REGION",
	"AWS_SECRET_ACCESS_KEY",
	"AWS_SESSION_TOKEN",
	"AbuseRateLimitError.GetResponse",
	"Accept",
	"Apply topically for best effects",
	"Authorization",
	"BaseURL must have a trailing slash, but %q does not",
	"Basic ",
	"Basic",
	"Bearer ",
	"Bearer %s",
	"Bearer",
	"Block ID needs to be unique",
	"Bool(false)",
	"Branch not protected",
	"Challenging auth...",
	"Channel",
	"ChannelID must be defined",
	"Client",
	"Client.GetBaseURL",
	"Client.GetUploadURL",
	"Code %d - %s",
	"CompleteUploadExternal: %w",
	"Connecting to RTM",
	"Content-Length",
	"Content-Type",
	"Context cancelled while waiting for rate limit to reset until %v, not making remote request.",
	"D024BE91L",
	"DD MMMM YYYY",
	"DD/MM/YYYY",
	"DELETE",
	"Dialing WebSocket endpoint %s",
	"Dialing to websocket on url %s",
	"Direct",
	"Done.",
	"Duration",
	"EOF",
	"Egon Spengler",
	"Error reading body: %s",
	"Error writing response: %s",
	"Error: %s",
	"Error: Attempted to SendMessage(nil)",
	"ErrorResponse.GetResponse",
	"EventsAPI Error parsing inner event: %s, %w",
	"Failed to close connection: %v",
	"Failed to connect to RTM: %s",
	"Failed to connect with RTM on try %d: %s",
	"Failed to connect with Socket Mode on try %d: %s",
	"Failed to dial to the websocket: %s",
	"Failed to start or connect to RTM: %s",
	"Failed to start or connect with SocketMode: %s",
	"Failed writing WebSocket PONG message: %v",
	"Fc",
	"Field %v is unexported; skipping.",
	"FileName cannot be empty",
	"FileSize cannot be 0",
	"Finished sending Socket Mode response with envelope ID %q",
	"Finished to receive message",
	"Float64(0.0)",
	"GET",
	"GITHUB_AUTH_TOKEN",
	"GOOGLE_APPLICATION_CREDENTIALS",
	"GOOGLE_EXTERNAL_ACCOUNT_ALLOW_EXECUTABLES",
	"GOOGLE_EXTERNAL_ACCOUNT_AUDIENCE=%v",
	"GOOGLE_EXTERNAL_ACCOUNT_IMPERSONATED_EMAIL=%v",
	"GOOGLE_EXTERNAL_ACCOUNT_INTERACTIVE=0",
	"GOOGLE_EXTERNAL_ACCOUNT_OUTPUT_FILE=%v",
	"GOOGLE_EXTERNAL_ACCOUNT_TOKEN_TYPE=%v",
	"GetAllConversationsContext: got %d conversations; cursor %s",
	"GetConversationInfoInput must not be nil",
	"GetUploadURLExternal: %w",
	"GetUsersContext: got %d users; metadata %v",
	"GitHub-Authentication-Token-Expiration",
	"Got FuncDecl: Name=%q, id.Name=%#v",
	"Group",
	"HOME",
	"HS256",
	"I didn't set this purpose on purpose!",
	"If-None-Match",
	"Ignored %+v\n",
	"Ignoring AST decl type %T",
	"Ignoring AST type %T, Name=%q",
	"Ignoring FuncDecl: Name=%q, Type=%T",
	"Ignoring FuncDecl: Name=%q, fn=%#v",
	"Ignoring type %T for Name=%q, FieldName=%q",
	"Ignoring unusable frame (%d in a row): %v",
	"Incoming Event:",
	"Int(0)",
	"Int64(0)",
	"Invalid call to Disconnect - Slack API is already disconnected",
	"Invalid signature: received prefix=%x (%d bytes), computed prefix=%x (%d bytes)",
	"JWT",
	"Link",
	"Location",
	"MAC",
	"MM/DD/YYYY",
	"MMMM DD, YYYY",
	"Message too long (max %d characters)",
	"MessageAction unmarshalling failed",
	"Messages are being sent too fast.",
	"Method %v is in skip list; skipping.",
	"Method %v is skip list; skipping.",
	"Method %v is whitelist; adding getter method.",
	"Mon Jan _2",
	"MustBlockFromJSON: %v",
	"No StructFields for %v; skipping.",
	"No getters for %v; skipping.",
	"No queues registered for server",
	"Organization",
	"Origin",
	"PATCH",
	"POST",
	"PUT",
	"Passed an empty server address",
	"Print verbose log messages",
	"Processing %v...",
	"PushEvent.Commits",
	"REDACTED",
	"RS256",
	"RTM Error - received unmapped event %q: %s\n",
	"RTM Error sending 'PING %d': %s",
	"RTM Error unmarshalling 'ack' event:",
	"RTM Error unmarshalling 'pong' event:",
	"RTM Error",
	"RTM Error, could not unmarshall event %q: %s\n",
	"RTM Error: Could not unmarshall event %q",
	"RTM connection succeeded on try %d",
	"RateLimitError.GetResponse",
	"RateLimits",
	"Received WebSocket message: %s",
	"Received empty event",
	"Reconnecting due to %v",
	"RepositoryContent.GetContent",
	"RepositoryRule.Type %q is not yet implemented, unable to unmarshal (%#v)",
	"Retry-After",
	"S256",
	"Scheduling Socket Mode response for envelope ID %s: %s",
	"Scope",
	"Sending PING ",
	"Sending Socket Mode response with envelope ID %q",
	"Sending message:",
	"Sending request: %s",
	"Skipping field type %T, fieldName=%v",
	"SlackTest Team",
	"Starting RTM",
	"Starting SocketMode",
	"Starting to receive message",
	"String",
	"Struct %v is in skip list; skipping.",
	"Struct %v is unexported; skipping.",
	"T024BE7LD",
	"Team",
	"TestSlackBot",
	"Timestamp",
	"Timestamp{}",
	"U023BECGF",
	"UNIVERSE_DOMAIN",
	"UNKNOWN",
	"Unable to add an empty server address to hub",
	"Unable to add server to hub: %s",
	"Unable to decode attachments string to json: %s",
	"Unable to decode blocks string to json: %s",
	"Unable to decode query params: %s",
	"Unable to encode response: %s",
	"Unable to get server's channels: %s",
	"Unable to marshal message for bot: %s",
	"Unable to marshal message for channel: %s",
	"Unable to marshal message: %s",
	"Unable to marshal private message for bot: %s",
	"Unable to marshal response: %s",
	"Unable to upgrade to ws connection: %s",
	"Unexpected event type received: %v\n",
	"Unhandled zero value: %q",
	"Unknown",
	"UploadToURL: %w",
	"UploadURL must have a trailing slash, but %q does not",
	"User",
	"User-Agent",
	"Using URL:",
	"Using WebSocket endpoint:",
	"Using custom websocket dialer",
	"W012A3CDE",
	"WebSocket connection succeeded on try %d",
	"WebSocket dial response status: %s",
	"WebSocket ping message received: %s",
	"Writing %v...",
	"X-From-Cache",
	"X-GitHub-Api-Version",
	"X-GitHub-OTP",
	"X-Github-Delivery",
	"X-Github-Event",
	"X-Hub-Signature",
	"X-Hub-Signature-256",
	"X-RateLimit-Limit",
	"X-RateLimit-Remaining",
	"X-RateLimit-Reset",
	"X-Slack-Request-Timestamp",
	"X-Slack-Signature",
	"X-aws-ec2-metadata-token",
	"X-aws-ec2-metadata-token-ttl-seconds",
	"YYYY/MM/DD",
	"[",
	"[REDACTED]",
	"[]",
	"[]*",
	"[]Scope{ScopeNone}",
	"[]bool{false}",
	"[]float64{0}",
	"[]int64{0}",
	"[]int{0}",
	"[invalid JSON]",
	"[invalid URL]",
	"[rate limit was reset %v ago]",
	"[rate reset in %v]",
	"[unavailable JSON]",
	"\"%s\"",
	"\n",
	"]",
	"__SERVER_BOTID__",
	"__SERVER_BOTNAME__",
	"__SERVER_CHANNELS__",
	"__SERVER_GROUPS__",
	"__SERVER_HUBNAME__",
	"__SERVER_URL__",
	"__SERVER_WS_URL__",
	"_attempts",
	"_test.go",
	"_url",
	"`",
	"access_denied",
	"access_level",
	"access_token",
	"access_type",
	"account",
	"account_inactive",
	"accounts/%v",
	"accounts_changed",
	"ack decode failure",
	"ack",
	"ack_error",
	"action",
	"action_cell",
	"action_token",
	"actions",
	"active",
	"activity",
	"actor",
	"addArrayType: type %q, field %q: unknown elt type: %T %+v; skipping.",
	"addMapType: type %q, field %q: unknown key type: %T %+v; skipping.",
	"addMapType: type %q, field %q: unknown value type: %T %+v; skipping.",
	"addSelectorExpr: xX %q, type %q, field %q: unknown x=%+v; skipping.",
	"additional_channels",
	"admin.apps.approved.list",
	"admin.apps.requests.list",
	"admin.apps.restricted.list",
	"admin.conversations.archive",
	"admin.conversations.bulkArchive",
	"admin.conversations.bulkDelete",
	"admin.conversations.bulkMove",
	"admin.conversations.convertToPrivate",
	"admin.conversations.convertToPublic",
	"admin.conversations.create",
	"admin.conversations.delete",
	"admin.conversations.disconnectShared",
	"admin.conversations.ekm.listOriginalConnectedChannelInfo",
	"admin.conversations.getConversationPrefs",
	"admin.conversations.getCustomRetention",
	"admin.conversations.getTeams",
	"admin.conversations.invite",
	"admin.conversations.lookup",
	"admin.conversations.removeCustomRetention",
	"admin.conversations.rename",
	"admin.conversations.restrictAccess.addGroup",
	"admin.conversations.restrictAccess.listGroups",
	"admin.conversations.restrictAccess.removeGroup",
	"admin.conversations.search",
	"admin.conversations.setConversationPrefs",
	"admin.conversations.setCustomRetention",
	"admin.conversations.setTeams",
	"admin.conversations.unarchive",
	"admin.roles.addAssignments",
	"admin.roles.listAssignments",
	"admin.roles.removeAssignments",
	"admin.slackbot.skills.list",
	"admin.slackbot.skills.publish",
	"admin.slackbot.skills.setAutoEnabled",
	"admin.slackbot.skills.unpublish",
	"admin.teams.list",
	"admin.teams.settings.info",
	"admin.teams.settings.setDefaultChannels",
	"admin.teams.settings.setDescription",
	"admin.teams.settings.setDiscoverability",
	"admin.teams.settings.setIcon",
	"admin.teams.settings.setName",
	"admin.users.list",
	"admin/ldap/teams/%v/mapping",
	"admin/ldap/users/%v/mapping",
	"admin/organizations",
	"admin/organizations/%v",
	"admin/users",
	"admin/users/",
	"admin/users/%s/authorizations",
	"admin/users/%v/authorizations",
	"admin:gpg_key",
	"admin:org",
	"admin:org_hook",
	"admin:public_key",
	"admin:repo_hook",
	"advisories",
	"advisories/%s",
	"after",
	"agent_content_hash",
	"agent_resource",
	"agent_session_stopped",
	"agent_session_title_changed",
	"agents.conversations.archive",
	"agents.conversations.create",
	"agents.conversations.getCanvas",
	"agents.conversations.listViews",
	"agents.conversations.removeView",
	"agents.conversations.setCanvasContent",
	"agents.conversations.setCommands",
	"agents.conversations.setProperties",
	"agents.conversations.setView",
	"agents.sessions.rename",
	"agents.sessions.setStatus",
	"alert",
	"alg",
	"all",
	"alt_txt",
	"api.",
	"api.asgardeo.io",
	"api/uploads/",
	"api/v3/",
	"api_app_id",
	"app",
	"app-manifests/%s/conversions",
	"app/hook/config",
	"app/hook/deliveries",
	"app/hook/deliveries/%v",
	"app/hook/deliveries/%v/attempts",
	"app/installation-requests",
	"app/installations",
	"app/installations/%v",
	"app/installations/%v/access_tokens",
	"app/installations/%v/suspended",
	"app_context_changed",
	"app_deleted",
	"app_home_opened",
	"app_id",
	"app_installed",
	"app_mention",
	"app_rate_limited",
	"app_requested",
	"app_uninstalled",
	"app_uninstalled_team",
	"application/json",
	"application/json; charset=utf-8",
	"application/octet-stream",
	"application/vnd.github.ant-man-preview+json",
	"application/vnd.github.antiope-preview+json",
	"application/vnd.github.baptiste-preview+json",
	"application/vnd.github.cloak-preview+json",
	"application/vnd.github.comfort-fade-preview+json",
	"application/vnd.github.corsair-preview+json",
	"application/vnd.github.doctor-strange-preview+json",
	"application/vnd.github.dorian-preview+json",
	"application/vnd.github.eye-scream-preview",
	"application/vnd.github.flash-preview+json",
	"application/vnd.github.giant-sentry-fist-preview+json",
	"application/vnd.github.golden-comet-preview+json",
	"application/vnd.github.groot-preview+json",
	"application/vnd.github.inertia-preview+json",
	"application/vnd.github.luke-cage-preview+json",
	"application/vnd.github.lydian-preview+json",
	"application/vnd.github.mercy-preview+json",
	"application/vnd.github.mockingbird-preview+json",
	"application/vnd.github.nebula-preview+json",
	"application/vnd.github.scarlet-witch-preview+json",
	"application/vnd.github.sombra-preview+json",
	"application/vnd.github.squirrel-girl-preview",
	"application/vnd.github.starfox-preview+json",
	"application/vnd.github.surtur-preview+json",
	"application/vnd.github.switcheroo-preview+json",
	"application/vnd.github.v3+json",
	"application/vnd.github.v3.diff",
	"application/vnd.github.v3.patch",
	"application/vnd.github.v3.raw",
	"application/vnd.github.v3.repository+json",
	"application/vnd.github.v3.sha",
	"application/vnd.github.v3.star+json",
	"application/vnd.github.v3.text-match+json",
	"application/vnd.github.wyandotte-preview+json",
	"application/vnd.github.zzzax-preview+json",
	"application/x-www-form-urlencoded",
	"application_default_credentials.json",
	"applications/%v/grant",
	"applications/%v/token",
	"apps.connections.open",
	"apps.event.authorizations.list",
	"apps.icon.set",
	"apps.icon.set: app ID cannot be empty",
	"apps.icon.set: exactly one of URL or file must be provided",
	"apps.icon.set: token cannot be empty",
	"apps.manifest.create",
	"apps.manifest.delete",
	"apps.manifest.export",
	"apps.manifest.update",
	"apps.manifest.validate",
	"apps.uninstall",
	"apps.user.connection.bulkUpdate",
	"apps.user.connection.requestAuth",
	"apps/%v",
	"apps_uninstalled",
	"archived",
	"area",
	"as_user",
	"assertion",
	"assignee type field is not set",
	"assignee",
	"assistant.search.context",
	"assistant.threads.setStatus",
	"assistant.threads.setSuggestedPrompts",
	"assistant.threads.setTitle",
	"assistant_app_thread",
	"assistant_thread_context_changed",
	"assistant_thread_started",
	"attachment",
	"attachment_mention",
	"attachments",
	"audience",
	"audit/v1/logs",
	"auth.revoke",
	"auth.teams.list",
	"auth.test",
	"auth_provider",
	"author %s <%s> %d %s",
	"authorization_code",
	"authorization_pending",
	"authorized_user",
	"auto_enabled_status",
	"aws",
	"aws4_request",
	"axis_config.categories must have at least 1 category",
	"axis_config.categories must not contain duplicate category %q",
	"axis_config.categories[%d] cannot be longer than 20 characters",
	"axis_config.categories[%d] must have a minimum length of 1",
	"axis_config.x_label cannot be longer than 50 characters",
	"axis_config.y_label cannot be longer than 50 characters",
	"badge_counts_updated",
	"bar",
	"base64",
	"base_branch",
	"basic",
	"bearer",
	"before",
	"between 1 and 1000 user IDs are required",
	"block missing required 'type' field",
	"block_actions",
	"block_id",
	"block_kit",
	"block_suggestion",
	"blocks",
	"blue",
	"bookmark_id",
	"bookmarks.add",
	"bookmarks.edit",
	"bookmarks.list",
	"bookmarks.remove",
	"bool",
	"bot",
	"bot_access_token",
	"bot_added",
	"bot_changed",
	"bot_message",
	"bots.info",
	"branch is not protected",
	"branch_name_pattern",
	"branch_protection_rule",
	"broadcast",
	"brown",
	"bullet",
	"button",
	"call",
	"call_rejected",
	"calls.add",
	"calls.end",
	"calls.info",
	"calls.participants.add",
	"calls.participants.remove",
	"calls.update",
	"cancelled while attempting to send raw event",
	"cannot use both position and side/line form comments",
	"canvas",
	"canvas_id",
	"canvas_message_unfurl",
	"canvas_user_mention",
	"canvases.access.delete",
	"canvases.access.set",
	"canvases.create",
	"canvases.delete",
	"canvases.edit",
	"canvases.getContent",
	"canvases.sections.lookup",
	"card",
	"carousel",
	"category",
	"cells",
	"center",
	"certified",
	"changes",
	"channel",
	"channel_archive",
	"channel_created",
	"channel_deleted",
	"channel_history_changed",
	"channel_id",
	"channel_id_changed",
	"channel_ids",
	"channel_join",
	"channel_joined",
	"channel_leave",
	"channel_left",
	"channel_marked",
	"channel_name",
	"channel_posting_permissions",
	"channel_purpose",
	"channel_rename",
	"channel_shared",
	"channel_topic",
	"channel_types",
	"channel_unarchive",
	"channel_unshared",
	"channel_updated",
	"channels",
	"channels_select",
	"chart is required",
	"chart type must be %q",
	"chat.appendStream",
	"chat.delete",
	"chat.deleteScheduledMessage",
	"chat.getPermalink",
	"chat.meMessage",
	"chat.postEphemeral",
	"chat.postMessage",
	"chat.responseURL",
	"chat.scheduleMessage",
	"chat.scheduledMessages.list",
	"chat.startStream",
	"chat.stopStream",
	"chat.unfurl",
	"chat.update",
	"check_run",
	"check_suite",
	"checkbox",
	"checkboxes",
	"child_blocks cannot have more than %d blocks",
	"child_blocks must have at least 1 block",
	"chunks",
	"citation",
	"clear",
	"client_credentials",
	"client_id",
	"client_secret",
	"closed",
	"code",
	"code_challenge",
	"code_challenge_method",
	"code_channel",
	"code_scanning_alert",
	"code_verifier",
	"codes_of_conduct",
	"codes_of_conduct/%s",
	"color",
	"command",
	"commands",
	"commands_changed",
	"commit must be provided",
	"commit_author_email_pattern",
	"commit_comment",
	"commit_message_pattern",
	"commits",
	"committer %s <%s> %d %s\n",
	"committer_email_pattern",
	"common",
	"complete",
	"completed",
	"compute-metadata",
	"confirm",
	"connected",
	"connected_team_ids",
	"connected_user_ids",
	"connecting",
	"connection error",
	"connection refused",
	"connection reset",
	"connection_error",
	"consent",
	"container",
	"content",
	"content_format",
	"content_reference",
	"content_references/%v/attachments",
	"content_type",
	"content_types",
	"context must be non-nil",
	"context",
	"context_actions",
	"context_channel_id",
	"conversations invite error (user: %s): %s",
	"conversations",
	"conversations.archive",
	"conversations.canvases.create",
	"conversations.close",
	"conversations.create",
	"conversations.history",
	"conversations.info",
	"conversations.invite",
	"conversations.inviteShared",
	"conversations.join",
	"conversations.kick",
	"conversations.leave",
	"conversations.list",
	"conversations.mark",
	"conversations.members",
	"conversations.open",
	"conversations.rename",
	"conversations.replies",
	"conversations.setPurpose",
	"conversations.setTopic",
	"conversations.unarchive",
	"conversations_select",
	"copy_from_list_id",
	"core",
	"count",
	"create",
	"createSignature: invalid parameters",
	"createSignatureMessage: invalid parameters",
	"created_by",
	"created_time",
	"creation",
	"creator_ids",
	"credentials",
	"criteria",
	"crop_w",
	"crop_x",
	"crop_y",
	"csp",
	"csv",
	"cursor",
	"cyan",
	"danger",
	"data_table",
	"data_visualization",
	"date",
	"date_start",
	"datepicker",
	"datetimepicker",
	"deadman switch triggered",
	"debug_reconnects",
	"default",
	"default_collapsed requires is_collapsible to be true",
	"delete",
	"delete_repo",
	"deletion",
	"dependabot_alert",
	"deploy_key",
	"deployment",
	"deployment_protection_rule",
	"deployment_review",
	"deployment_status",
	"deprecated: golang.org/x/oauth2: Transport.CancelRequest no longer does anything; use contexts",
	"desc",
	"description",
	"description_blocks",
	"desktop_app_join_url",
	"desktop_notification",
	"devel +",
	"device_code",
	"dialog.open",
	"dialog_cancellation",
	"dialog_submission",
	"dialog_suggestion",
	"diff",
	"disable redirect",
	"disable_semantic_search",
	"disconnect received while trying to connect",
	"disconnect",
	"disconnected while attempting to send raw event",
	"disconnected",
	"disconnected_user_ids",
	"disconnection requested: Slack requested us to disconnect",
	"discoverability",
	"discussion",
	"discussion_comment",
	"display_name",
	"divider",
	"dnd.endDnd",
	"dnd.endSnooze",
	"dnd.info",
	"dnd.setSnooze",
	"dnd.teamInfo",
	"dnd_updated",
	"dnd_updated_user",
	"document_content",
	"don't provide both externalID and fileID",
	"downscope: all rules must have a nonempty AvailableResource: %+v",
	"downscope: all rules must provide at least one permission: %+v",
	"downscope: length of AccessBoundaryRules may not be greater than 10",
	"downscope: length of AccessBoundaryRules must be at least 1",
	"downscope: rootSource cannot be nil",
	"downscope: unable to exchange token; %v. Server responded: %s",
	"downscope: unable to marshal AccessBoundary payload %v",
	"downscope: unable to obtain root token: %v",
	"downscope: unable to read response body: %v",
	"downscope: unable to unmarshal response body: %v",
	"due_date",
	"duplicated_item_id",
	"duration",
	"duration_days",
	"either externalID or fileID is required",
	"ekm_access_denied",
	"email",
	"email_domain_changed",
	"email_text_input",
	"emails",
	"emoji cannot be set for mrkdwn type",
	"emoji",
	"emoji.list",
	"emoji_changed",
	"emojis",
	"enable_section",
	"encoding/json",
	"end",
	"endeavor",
	"endpoint missing DeviceAuthURL",
	"endpoints: invalid domain",
	"enterprise/stats/all",
	"enterprise_id",
	"enterprise_name",
	"enterprises/%v/%v/%v",
	"enterprises/%v/actions/cache/usage",
	"enterprises/%v/actions/permissions",
	"enterprises/%v/actions/permissions/organizations",
	"enterprises/%v/actions/permissions/organizations/%v",
	"enterprises/%v/actions/permissions/selected-actions",
	"enterprises/%v/actions/permissions/workflow",
	"enterprises/%v/actions/runner-groups",
	"enterprises/%v/actions/runner-groups/%v",
	"enterprises/%v/actions/runner-groups/%v/organizations",
	"enterprises/%v/actions/runner-groups/%v/organizations/%v",
	"enterprises/%v/actions/runner-groups/%v/runners",
	"enterprises/%v/actions/runner-groups/%v/runners/%v",
	"enterprises/%v/actions/runners",
	"enterprises/%v/actions/runners/%v",
	"enterprises/%v/actions/runners/downloads",
	"enterprises/%v/actions/runners/generate-jitconfig",
	"enterprises/%v/actions/runners/registration-token",
	"enterprises/%v/audit-log",
	"enterprises/%v/code_security_and_analysis",
	"enterprises/%v/secret-scanning/alerts",
	"entity",
	"entity.presentDetails",
	"entity_details_requested",
	"entity_id",
	"entity_ids",
	"ephemeral",
	"error decoding signature %q: %v",
	"error parsing signature %q",
	"error reading body: %s",
	"error scanning ini: %v",
	"error writing message to websocket: %s",
	"error",
	"error: %v\n",
	"error_bad_message",
	"error_description",
	"error_uri",
	"errors",
	"event_callback has a missing or null event",
	"event_callback",
	"event_context",
	"events",
	"events_api",
	"example_prompt",
	"exclude_archived",
	"executable",
	"expected redirect, none provided",
	"expiration_time",
	"expired_token",
	"expires_in",
	"external",
	"external_account",
	"external_account_authorized_user",
	"external_display_id",
	"external_id",
	"external_limited",
	"external_select",
	"external_unique_id",
	"external_url",
	"failed new request: %w",
	"failed to change the user (%s) to a regular user: %w",
	"failed to disable user with id '%s': %w",
	"failed to extract block type: %w",
	"failed to invite restricted account: %w",
	"failed to invite single-channel guest: %w",
	"failed to invite to team: %w",
	"failed to marshal WorkflowsFeaturedAddInput: %w",
	"failed to marshal WorkflowsFeaturedListInput: %w",
	"failed to marshal WorkflowsFeaturedRemoveInput: %w",
	"failed to marshal WorkflowsFeaturedSetInput: %w",
	"failed to marshal WorkflowsTriggersPermissionsAddInput: %w",
	"failed to marshal WorkflowsTriggersPermissionsListInput: %w",
	"failed to marshal WorkflowsTriggersPermissionsRemoveInput: %w",
	"failed to marshal WorkflowsTriggersPermissionsSetInput: %w",
	"failed to post webhook: %w",
	"failed to restrict account: %w",
	"failed to send SSO binding email for user (%s): %w",
	"failed to ultra-restrict account: %w",
	"failed to unmarshal block JSON: %w",
	"failed to write Socket Mode response for envelope ID %q: %v",
	"failed-to-format source:\n%v",
	"fallback block %d must be a stable top-level block",
	"false",
	"feedback_buttons",
	"feeds",
	"file download was redirected to the sign-in page at %s: the token cannot read this file",
	"file",
	"file.upload.v2: file size cannot be 0",
	"file.upload.v2: filename cannot be empty",
	"file.upload.v2: something went wrong; received %d files instead of 1",
	"file_change",
	"file_comment",
	"file_comment_added",
	"file_comment_deleted",
	"file_comment_edited",
	"file_created",
	"file_deleted",
	"file_extension_restriction",
	"file_ids",
	"file_input",
	"file_mention",
	"file_path_restriction",
	"file_private",
	"file_public",
	"file_share",
	"file_shared",
	"file_unshared",
	"filename",
	"files",
	"files.comments.delete",
	"files.comments.delete: %q looks like a comment ID; the arguments are (fileID, commentID)",
	"files.completeUploadExternal",
	"files.delete",
	"files.getUploadURLExternal",
	"files.info",
	"files.list",
	"files.remote.add",
	"files.remote.info",
	"files.remote.list",
	"files.remote.remove",
	"files.remote.share",
	"files.remote.update",
	"files.revokePublicURL",
	"files.sharedPublicURL",
	"filetype",
	"filter",
	"first_name",
	"float64",
	"force",
	"fork",
	"format",
	"format.Source:\n%v\n%v",
	"full",
	"function_executed",
	"functions.completeError",
	"functions.completeSuccess",
	"gcloud",
	"gdch_service_account",
	"gen-",
	"gist",
	"gists",
	"gists/%v",
	"gists/%v/%v",
	"gists/%v/comments",
	"gists/%v/comments/%v",
	"gists/%v/commits",
	"gists/%v/forks",
	"gists/%v/star",
	"gists/public",
	"gists/starred",
	"github-",
	"github.Timestamp{0001-01-01 00:00:00 +0000 UTC}",
	"github_app_authorization",
	"gitignore/templates",
	"gitignore/templates/%v",
	"giving up after %d consecutive unreadable frames: %w",
	"gl-go/%s auth/%s google-byoid-sdk source/%s sa-impersonation/%t config-lifetime/%t",
	"global",
	"go-github",
	"go1",
	"gollum",
	"goodbye detected",
	"goodbye",
	"google: AppEngineTokenSource is deprecated on App Engine standard second generation runtimes (>= Go 1.11) and App Engine flexible. Please use DefaultTokenSource or ComputeTokenSource.",
	"google: could not encode JWT: %v",
	"google: could not find default credentials. See %v for more information",
	"google: could not parse JSON key: %v",
	"google: could not parse key: %v",
	"google: error getting credentials using %v environment variable: %v",
	"google: expected credential type %q, found %q",
	"google: missing scope/audience for JWT access token",
	"google: read JWT from JSON credentials: 'type' field is %q (expected %q)",
	"googleapis.com",
	"grant_type",
	"gray",
	"green",
	"grid_lines must be one of none, rows, or outer",
	"grid_migration_finished",
	"grid_migration_started",
	"group",
	"group_archive",
	"group_close",
	"group_deleted",
	"group_history_changed",
	"group_id",
	"group_join",
	"group_joined",
	"group_leave",
	"group_left",
	"group_marked",
	"group_name",
	"group_open",
	"group_purpose",
	"group_rename",
	"group_topic",
	"group_unarchive",
	"handle",
	"has_header_divider is only supported on non-collapsible containers",
	"head_branch",
	"header",
	"hello",
	"highlight",
	"home",
	"host",
	"html",
	"http://",
	"https",
	"https://",
	"https://%s.slack.com/api/users.admin.%s?t=%d",
	"https://access.line.me/oauth2/v2.1/authorize",
	"https://account.health.nokia.com/oauth2/token",
	"https://account.health.nokia.com/oauth2_user/authorize2",
	"https://account.withings.com/oauth2/token",
	"https://account.withings.com/oauth2_user/authorize2",
	"https://accounts.google.com/o/oauth2/auth",
	"https://accounts.spotify.com/api/token",
	"https://accounts.spotify.com/authorize",
	"https://api.amazon.com/auth/o2/token",
	"https://api.badgr.io/o/token",
	"https://api.dropboxapi.com/oauth2/token",
	"https://api.ebay.com/identity/v1/oauth2/token",
	"https://api.fitbit.com/oauth2/token",
	"https://api.github.com/",
	"https://api.hipchat.com/v2/oauth/token",
	"https://api.instagram.com/oauth/access_token",
	"https://api.instagram.com/oauth/authorize",
	"https://api.line.me/oauth2/v2.1/token",
	"https://api.login.yahoo.com/oauth2/get_token",
	"https://api.login.yahoo.com/oauth2/request_auth",
	"https://api.mediamath.com/oauth2/v1.0/authorize",
	"https://api.mediamath.com/oauth2/v1.0/token",
	"https://api.odnoklassniki.ru/oauth/token.do",
	"https://api.paypal.com/v1/identity/openidconnect/tokenservice",
	"https://api.pinterest.com/v5/oauth/token",
	"https://api.sandbox.paypal.com/v1/identity/openidconnect/tokenservice",
	"https://api.slack.com",
	"https://api.slack.com/",
	"https://api.x.com/2/oauth2/token",
	"https://app.asana.com/-/oauth_authorize",
	"https://app.asana.com/-/oauth_token",
	"https://app.rakuten.co.jp/services/authorize",
	"https://app.rakuten.co.jp/services/token",
	"https://appleid.apple.com/auth/authorize",
	"https://appleid.apple.com/auth/token",
	"https://auth.ebay.com/oauth2/authorize",
	"https://badgr.com/auth/oauth2/authorize",
	"https://battle.net/oauth/authorize",
	"https://battle.net/oauth/token",
	"https://bitbucket.org/site/oauth2/access_token",
	"https://bitbucket.org/site/oauth2/authorize",
	"https://cloud.google.com/docs/authentication/external/set-up-adc",
	"https://discord.com/api/oauth2/token",
	"https://discord.com/oauth2/authorize",
	"https://foursquare.com/oauth2/access_token",
	"https://foursquare.com/oauth2/authorize",
	"https://github.com/%s/%s/events/%s",
	"https://github.com/login/device/code",
	"https://github.com/login/oauth/access_token",
	"https://github.com/login/oauth/authorize",
	"https://gitlab.com/oauth/authorize",
	"https://gitlab.com/oauth/authorize_device",
	"https://gitlab.com/oauth/token",
	"https://graph.facebook.com/v22.0/oauth/access_token",
	"https://graph.facebook.com/v3.2/oauth/access_token",
	"https://graph.qq.com/oauth2.0/authorize",
	"https://graph.qq.com/oauth2.0/token",
	"https://iamcredentials\\..+/v1/projects/-/serviceAccounts/(.*@.*):generateAccessToken",
	"https://id.heroku.com/oauth/authorize",
	"https://id.heroku.com/oauth/token",
	"https://id.twitch.tv/oauth2/authorize",
	"https://id.twitch.tv/oauth2/token",
	"https://kauth.kakao.com/oauth/authorize",
	"https://kauth.kakao.com/oauth/token",
	"https://login.coinbase.com/oauth2/auth",
	"https://login.coinbase.com/oauth2/token",
	"https://login.live.com/oauth20_authorize.srf",
	"https://login.live.com/oauth20_token.srf",
	"https://login.mailchimp.com/oauth2/authorize",
	"https://login.mailchimp.com/oauth2/token",
	"https://login.microsoftonline.com/",
	"https://login.uber.com/oauth/v2/authorize",
	"https://login.uber.com/oauth/v2/token",
	"https://nid.naver.com/oauth2.0/authorize",
	"https://nid.naver.com/oauth2.0/token",
	"https://o2.mail.ru/login",
	"https://o2.mail.ru/token",
	"https://oauth.pipedrive.com/oauth/authorize",
	"https://oauth.pipedrive.com/oauth/token",
	"https://oauth.vk.com/access_token",
	"https://oauth.vk.com/authorize",
	"https://oauth.web.cern.ch/OAuth/Authorize",
	"https://oauth.web.cern.ch/OAuth/Token",
	"https://oauth.yandex.com/authorize",
	"https://oauth.yandex.com/token",
	"https://oauth2.googleapis.com/device/code",
	"https://oauth2.googleapis.com/token",
	"https://oauth2.mtls.googleapis.com/token",
	"https://slack.com/api/",
	"https://slack.com/api/oauth.access",
	"https://slack.com/api/oauth.v2.access",
	"https://slack.com/oauth/authorize",
	"https://slack.com/oauth/v2/authorize",
	"https://stackoverflow.com/oauth",
	"https://stackoverflow.com/oauth/access_token",
	"https://sts.UNIVERSE_DOMAIN/v1/token",
	"https://sts.{region}.amazonaws.com?Action=GetCallerIdentity&Version=2011-06-15",
	"https://t1sandbox.mediamath.com/oauth2/v1.0/authorize",
	"https://t1sandbox.mediamath.com/oauth2/v1.0/token",
	"https://uploads.github.com/",
	"https://www.amazon.com/ap/oa",
	"https://www.dropbox.com/oauth2/authorize",
	"https://www.facebook.com/v22.0/dialog/oauth",
	"https://www.facebook.com/v3.2/dialog/oauth",
	"https://www.fitbit.com/oauth2/authorize",
	"https://www.googleapis.com/auth/cloud-platform",
	"https://www.hipchat.com/users/authorize",
	"https://www.linkedin.com/oauth/v2/accessToken",
	"https://www.linkedin.com/oauth/v2/authorization",
	"https://www.odnoklassniki.ru/oauth/authorize",
	"https://www.openstreetmap.org/oauth2/authorize",
	"https://www.openstreetmap.org/oauth2/token",
	"https://www.patreon.com/api/oauth2/token",
	"https://www.patreon.com/oauth2/authorize",
	"https://www.paypal.com/webapps/auth/protocol/openidconnect/v1/authorize",
	"https://www.pinterest.com/oauth",
	"https://www.sandbox.paypal.com/webapps/auth/protocol/openidconnect/v1/authorize",
	"https://www.splitwise.com/oauth/authorize",
	"https://www.splitwise.com/oauth/token",
	"https://www.strava.com/oauth/authorize",
	"https://www.strava.com/oauth/token",
	"https://x.com/i/oauth2/authorize",
	"https://zoom.us/oauth/authorize",
	"https://zoom.us/oauth/token",
	"hub",
	"hub.callback",
	"hub.mode",
	"hub.secret",
	"hub.topic",
	"icon alt_text cannot be longer than 2000 characters",
	"icon image_url cannot be longer than 3000 characters",
	"icon",
	"icon.png",
	"icon_button",
	"icon_emoji",
	"icon_url",
	"id",
	"id_token",
	"ids",
	"ignored read error: ",
	"im",
	"im_close",
	"im_created",
	"im_history_changed",
	"im_marked",
	"im_open",
	"image",
	"image_url",
	"impersonated_service_account",
	"in_channel",
	"in_progress",
	"include_admins",
	"include_all_metadata",
	"include_archived",
	"include_archived_channels",
	"include_attachments",
	"include_bots",
	"include_context_messages",
	"include_copied_list_records",
	"include_count",
	"include_deactivated_user_workspaces",
	"include_deleted_users",
	"include_disabled",
	"include_icon",
	"include_is_subscribed",
	"include_labels",
	"include_list",
	"include_locale",
	"include_message_blocks",
	"include_num_members",
	"include_owners",
	"include_resolved",
	"include_slackbot_availability",
	"include_threads",
	"include_users",
	"inclusive",
	"incoming_error",
	"indexable_file_contents",
	"indigo",
	"info",
	"initial_comment",
	"initial_fields",
	"initiator_user_id",
	"inner Event does not exist! %s",
	"input",
	"installation",
	"installation/repositories",
	"installation/token",
	"installation_repositories",
	"installation_target",
	"instance/service-accounts/",
	"instructions",
	"int",
	"int64",
	"interactive",
	"interactive_message",
	"invalid auth when connecting with RTM: %s",
	"invalid auth when connecting with Socket Mode: %s",
	"invalid auth when connecting with SocketMode: %s",
	"invalid callbackID cannot be empty",
	"invalid command cannot be empty",
	"invalid configuration",
	"invalid handler cannot be nil",
	"invalid signature",
	"invalid verification token",
	"invalid_auth",
	"invite",
	"invite_only",
	"invite_requested",
	"isNotLast",
	"is_active",
	"is_enterprise_install",
	"is_private",
	"is_shared",
	"issue_comment",
	"issues",
	"job scheduled on GitHub side; try again later",
	"job_id",
	"join_url",
	"json",
	"jws: invalid Exp = %v; must be later than Iat = %v",
	"jws: invalid JSON %s",
	"jws: invalid map of private claims %v",
	"jws: invalid token received",
	"jws: invalid token received, token must have 3 parts",
	"killing connection",
	"label must contain 1 to 150 characters",
	"label",
	"labels",
	"last_edited_by",
	"last_edited_time",
	"last_message_activity_before",
	"last_name",
	"latency_report",
	"latest",
	"layout item requires a block",
	"layout",
	"leaving_team_ids",
	"left",
	"length",
	"licenses",
	"licenses/%s",
	"limit",
	"line",
	"link",
	"link_names",
	"link_shared",
	"list_id",
	"list_record",
	"loading_messages",
	"login.microsoftonline.com",
	"mac",
	"malformed response: base64 encoding of null content",
	"manifest must be a JSON object",
	"manifest must contain valid JSON",
	"manifest",
	"manual_presence_change",
	"map[%v]%v",
	"map[%v]%v{}",
	"map[]",
	"markdown",
	"markdown_text",
	"marketplace_listing",
	"marketplace_listing/stubbed",
	"marketplace_purchase",
	"marshal failed: %w",
	"marshalling socket mode response: %w",
	"max_file_path_length",
	"max_file_size",
	"max_member_count",
	"mcp_servers",
	"me_message",
	"member",
	"member_joined_channel",
	"member_left_channel",
	"membership",
	"memory",
	"merge_group",
	"merge_queue",
	"message",
	"message_action",
	"message_changed",
	"message_deleted",
	"message_mention",
	"message_metadata_deleted",
	"message_metadata_posted",
	"message_metadata_updated",
	"message_replied",
	"message_ts",
	"meta",
	"metadata",
	"migration.exchange",
	"milestone",
	"missing 'source_credentials' field or 'service_account_impersonation_url' in credentials",
	"missing 'type' field in credentials",
	"missing headers",
	"missing signature",
	"missing webservice url from context",
	"mixed_image",
	"mixed_text",
	"mobile_in_app_notification",
	"modal",
	"modifiers",
	"mpim",
	"mrkdwn",
	"multi_channels_select",
	"multi_conversations_select",
	"multi_entity",
	"multi_external_select",
	"multi_select",
	"multi_static_select",
	"multi_users_select",
	"multiple registrations for actionID",
	"multiple registrations for callbackID ",
	"multiple registrations for command",
	"muted_channels",
	"name",
	"narrow",
	"networks/%v/%v/events",
	"newName",
	"nil",
	"no blocks found in JSON",
	"no download link found for %s",
	"no file named %s found in %s",
	"non-string value in string array",
	"non_fast_forward",
	"none",
	"not_authed",
	"notifications",
	"notifications/threads/%v",
	"notifications/threads/%v/subscription",
	"null",
	"num_minutes",
	"number",
	"number_input",
	"oauth.access",
	"oauth.v2.access",
	"oauth2.google.serviceAccount",
	"oauth2.google.tokenSource",
	"oauth2/google/externalaccount: %v contains unsupported token type",
	"oauth2/google/externalaccount: %v contains unsupported version: %v",
	"oauth2/google/externalaccount: %v missing `%q` field",
	"oauth2/google/externalaccount: Audience must be set",
	"oauth2/google/externalaccount: HTTP request for URL-sourced credential failed: %v",
	"oauth2/google/externalaccount: One of CredentialSource, SubjectTokenSupplier, or AwsSecurityCredentialsSupplier must be set",
	"oauth2/google/externalaccount: Only one of CredentialSource, SubjectTokenSupplier, or AwsSecurityCredentialsSupplier must be set",
	"oauth2/google/externalaccount: Subject token type must be set",
	"oauth2/google/externalaccount: Workforce pool user project should not be set for non-workforce pool credentials",
	"oauth2/google/externalaccount: aws version '%d' is not supported in the current build",
	"oauth2/google/externalaccount: executable command failed with exit code %v",
	"oauth2/google/externalaccount: executable command failed: %v",
	"oauth2/google/externalaccount: executables need to be explicitly allowed (set GOOGLE_EXTERNAL_ACCOUNT_ALLOW_EXECUTABLES to '1') to run",
	"oauth2/google/externalaccount: failed to open credential file %q",
	"oauth2/google/externalaccount: failed to read credential file: %v",
	"oauth2/google/externalaccount: failed to unmarshal subject token file: %v",
	"oauth2/google/externalaccount: got invalid expiry from security token service",
	"oauth2/google/externalaccount: improperly formatted subject token",
	"oauth2/google/externalaccount: invalid `timeout_millis` field — executable timeout must be between 5 and 120 seconds",
	"oauth2/google/externalaccount: invalid body in subject token URL query: %v",
	"oauth2/google/externalaccount: invalid credential_source file format type",
	"oauth2/google/externalaccount: invalid response when retrieving subject token: %v",
	"oauth2/google/externalaccount: missing AccessKeyId credential",
	"oauth2/google/externalaccount: missing SecretAccessKey credential",
	"oauth2/google/externalaccount: missing `command` field — executable command must be provided",
	"oauth2/google/externalaccount: provided subject_token_field_name not found in credentials",
	"oauth2/google/externalaccount: response contains unsuccessful response: (%v) %v",
	"oauth2/google/externalaccount: response must include `error` and `message` fields when unsuccessful",
	"oauth2/google/externalaccount: status code %d: %s",
	"oauth2/google/externalaccount: the token returned by the executable is expired",
	"oauth2/google/externalaccount: unable to determine AWS region",
	"oauth2/google/externalaccount: unable to determine the AWS metadata server security credentials endpoint",
	"oauth2/google/externalaccount: unable to parse %v\nResponse: %v",
	"oauth2/google/externalaccount: unable to parse credential source",
	"oauth2/google/externalaccount: unable to retrieve AWS region - %s",
	"oauth2/google/externalaccount: unable to retrieve AWS role name - %s",
	"oauth2/google/externalaccount: unable to retrieve AWS security credentials - %s",
	"oauth2/google/externalaccount: unable to retrieve AWS session token - %s",
	"oauth2/google: The credentials do not contain the necessary fields need to refresh the access token. You must specify refresh_token, token_url, client_id, and client_secret.",
	"oauth2/google: Token should be created with fields to make it valid (`token` and `expiry`), or fields to allow it to refresh (`refresh_token`, `token_url`, `client_id`, `client_secret`).",
	"oauth2/google: can't get a token from the metadata service; not running on GCE",
	"oauth2/google: error getting SDK config path: %v",
	"oauth2/google: failed to decode SDK credentials from %q: %v",
	"oauth2/google: failed to find %q attribute in %v",
	"oauth2/google: failed to find [core] section in %v",
	"oauth2/google: failed to load SDK credentials: %v",
	"oauth2/google: failed to load SDK properties: %v",
	"oauth2/google: failed to marshal additional options: %v",
	"oauth2/google: failed to parse SDK properties %q: %v",
	"oauth2/google: failed to properly build http request: %v",
	"oauth2/google: failed to unmarshal response body from Secure Token Server: %v",
	"oauth2/google: got invalid expiry from security token service",
	"oauth2/google: incomplete token received from metadata",
	"oauth2/google: invalid response from Secure Token Server: %v",
	"oauth2/google: invalid token JSON from metadata: %v",
	"oauth2/google: missing redirect URL in the client_credentials.json",
	"oauth2/google: no credentials found in %q, run `gcloud auth login` to create one",
	"oauth2/google: no credentials found",
	"oauth2/google: no such credentials for account %q",
	"oauth2/google: no token available for account %q",
	"oauth2/google: status code %d: %s",
	"oauth2/google: unable to create impersonation request: %v",
	"oauth2/google: unable to generate access token: %v",
	"oauth2/google: unable to marshal request: %v",
	"oauth2/google: unable to parse expiry: %v",
	"oauth2/google: unable to parse response: %v",
	"oauth2/google: unable to read body: %v",
	"oauth2/hipchat: missing OAuth2 token URL in the capabilities descriptor JSON",
	"oauth2: %q",
	"oauth2: Transport's Source is nil",
	"oauth2: cannot auth device: %v",
	"oauth2: cannot fetch token: %v",
	"oauth2: cannot fetch token: %v\nResponse: %s",
	"oauth2: cannot overwrite parameter %q",
	"oauth2: cannot parse json: %v",
	"oauth2: cannot parse response: %v",
	"oauth2: error decoding JWT token: %v",
	"oauth2: response doesn't have JWT token",
	"oauth2: server response missing access_token",
	"oauth2: token expired and refresh token is not set",
	"octocat",
	"offline",
	"ok",
	"oldest",
	"one of title or rich_text_title is required",
	"one of trigger_id or user_id is required",
	"online",
	"only_guests",
	"oob",
	"open",
	"openid.connect.token",
	"openid.connect.userInfo",
	"option",
	"option_group",
	"options",
	"orange",
	"ordered",
	"org_block",
	"org_channel",
	"org_wide",
	"organization",
	"organizations",
	"organizations/%d",
	"organizations/%v/team/%v",
	"organizations/%v/team/%v/discussions",
	"organizations/%v/team/%v/discussions/%v",
	"organizations/%v/team/%v/discussions/%v/comments",
	"organizations/%v/team/%v/discussions/%v/comments/%v",
	"organizations/%v/team/%v/discussions/%v/comments/%v/reactions/%v",
	"organizations/%v/team/%v/discussions/%v/reactions/%v",
	"organizations/%v/team/%v/invitations",
	"organizations/%v/team/%v/members",
	"organizations/%v/team/%v/memberships/%v",
	"organizations/%v/team/%v/projects",
	"organizations/%v/team/%v/projects/%v",
	"organizations/%v/team/%v/repos",
	"organizations/%v/team/%v/repos/%v/%v",
	"organizations/%v/team/%v/team-sync/group-mappings",
	"organizations/%v/team/%v/teams",
	"orgs/%v",
	"orgs/%v/actions/cache/usage",
	"orgs/%v/actions/cache/usage-by-repository",
	"orgs/%v/actions/oidc/customization/sub",
	"orgs/%v/actions/permissions",
	"orgs/%v/actions/permissions/repositories",
	"orgs/%v/actions/permissions/repositories/%v",
	"orgs/%v/actions/permissions/selected-actions",
	"orgs/%v/actions/permissions/workflow",
	"orgs/%v/actions/required_workflows",
	"orgs/%v/actions/required_workflows/%v",
	"orgs/%v/actions/required_workflows/%v/repositories",
	"orgs/%v/actions/required_workflows/%v/repositories/%v",
	"orgs/%v/actions/runner-groups",
	"orgs/%v/actions/runner-groups/%v",
	"orgs/%v/actions/runner-groups/%v/repositories",
	"orgs/%v/actions/runner-groups/%v/repositories/%v",
	"orgs/%v/actions/runner-groups/%v/runners",
	"orgs/%v/actions/runner-groups/%v/runners/%v",
	"orgs/%v/actions/runners",
	"orgs/%v/actions/runners/%v",
	"orgs/%v/actions/runners/downloads",
	"orgs/%v/actions/runners/generate-jitconfig",
	"orgs/%v/actions/runners/registration-token",
	"orgs/%v/actions/runners/remove-token",
	"orgs/%v/actions/secrets",
	"orgs/%v/actions/secrets/%v",
	"orgs/%v/actions/secrets/%v/repositories",
	"orgs/%v/actions/secrets/%v/repositories/%v",
	"orgs/%v/actions/secrets/public-key",
	"orgs/%v/actions/variables",
	"orgs/%v/actions/variables/%v",
	"orgs/%v/actions/variables/%v/repositories",
	"orgs/%v/actions/variables/%v/repositories/%v",
	"orgs/%v/audit-log",
	"orgs/%v/blocks",
	"orgs/%v/blocks/%v",
	"orgs/%v/code-scanning/alerts",
	"orgs/%v/codespaces/secrets",
	"orgs/%v/codespaces/secrets/%v",
	"orgs/%v/codespaces/secrets/%v/repositories",
	"orgs/%v/codespaces/secrets/%v/repositories/%v",
	"orgs/%v/codespaces/secrets/public-key",
	"orgs/%v/copilot/billing",
	"orgs/%v/copilot/billing/seats",
	"orgs/%v/copilot/billing/selected_teams",
	"orgs/%v/copilot/billing/selected_users",
	"orgs/%v/credential-authorizations",
	"orgs/%v/credential-authorizations/%v",
	"orgs/%v/custom-repository-roles",
	"orgs/%v/custom-repository-roles/%v",
	"orgs/%v/dependabot/alerts",
	"orgs/%v/dependabot/secrets",
	"orgs/%v/dependabot/secrets/%v",
	"orgs/%v/dependabot/secrets/%v/repositories",
	"orgs/%v/dependabot/secrets/%v/repositories/%v",
	"orgs/%v/dependabot/secrets/public-key",
	"orgs/%v/events",
	"orgs/%v/external-group/%v",
	"orgs/%v/external-groups",
	"orgs/%v/failed_invitations",
	"orgs/%v/hooks",
	"orgs/%v/hooks/%d",
	"orgs/%v/hooks/%d/pings",
	"orgs/%v/hooks/%v/config",
	"orgs/%v/hooks/%v/deliveries",
	"orgs/%v/hooks/%v/deliveries/%v",
	"orgs/%v/hooks/%v/deliveries/%v/attempts",
	"orgs/%v/installation",
	"orgs/%v/installations",
	"orgs/%v/interaction-limits",
	"orgs/%v/invitations",
	"orgs/%v/invitations/%v",
	"orgs/%v/invitations/%v/teams",
	"orgs/%v/issues",
	"orgs/%v/members",
	"orgs/%v/members/%v",
	"orgs/%v/members/%v/copilot",
	"orgs/%v/memberships/%v",
	"orgs/%v/migrations",
	"orgs/%v/migrations/%v",
	"orgs/%v/migrations/%v/archive",
	"orgs/%v/migrations/%v/repos/%v/lock",
	"orgs/%v/organization-roles",
	"orgs/%v/organization-roles/%v",
	"orgs/%v/organization-roles/%v/teams",
	"orgs/%v/organization-roles/%v/users",
	"orgs/%v/organization-roles/teams/%v/%v",
	"orgs/%v/organization-roles/users/%v/%v",
	"orgs/%v/outside_collaborators",
	"orgs/%v/outside_collaborators/%v",
	"orgs/%v/packages",
	"orgs/%v/packages/%v/%v",
	"orgs/%v/packages/%v/%v/restore",
	"orgs/%v/packages/%v/%v/versions",
	"orgs/%v/packages/%v/%v/versions/%v",
	"orgs/%v/packages/%v/%v/versions/%v/restore",
	"orgs/%v/personal-access-token-requests/%v",
	"orgs/%v/personal-access-tokens",
	"orgs/%v/projects",
	"orgs/%v/properties/schema",
	"orgs/%v/properties/schema/%v",
	"orgs/%v/properties/values",
	"orgs/%v/public_members",
	"orgs/%v/public_members/%v",
	"orgs/%v/repos",
	"orgs/%v/rulesets",
	"orgs/%v/rulesets/%v",
	"orgs/%v/secret-scanning/alerts",
	"orgs/%v/security-advisories",
	"orgs/%v/security-managers",
	"orgs/%v/security-managers/teams/%v",
	"orgs/%v/settings/billing/actions",
	"orgs/%v/settings/billing/advanced-security",
	"orgs/%v/settings/billing/packages",
	"orgs/%v/settings/billing/shared-storage",
	"orgs/%v/team-sync/groups",
	"orgs/%v/teams",
	"orgs/%v/teams/%v",
	"orgs/%v/teams/%v/discussions",
	"orgs/%v/teams/%v/discussions/%v",
	"orgs/%v/teams/%v/discussions/%v/comments",
	"orgs/%v/teams/%v/discussions/%v/comments/%v",
	"orgs/%v/teams/%v/discussions/%v/comments/%v/reactions/%v",
	"orgs/%v/teams/%v/discussions/%v/reactions/%v",
	"orgs/%v/teams/%v/external-groups",
	"orgs/%v/teams/%v/invitations",
	"orgs/%v/teams/%v/members",
	"orgs/%v/teams/%v/memberships/%v",
	"orgs/%v/teams/%v/projects",
	"orgs/%v/teams/%v/projects/%v",
	"orgs/%v/teams/%v/repos",
	"orgs/%v/teams/%v/repos/%v/%v",
	"orgs/%v/teams/%v/team-sync/group-mappings",
	"orgs/%v/teams/%v/teams",
	"orgs/google-test",
	"origin_channel_id",
	"origin_message_ts",
	"os.Chmod(%q, 0444): %v",
	"os.Chmod(%q, 0644): %v",
	"outer",
	"outgoing_error",
	"output file",
	"overflow",
	"owner",
	"owner[]=%s",
	"package",
	"page",
	"page_build",
	"pagination complete",
	"parent %s",
	"parent_id",
	"parent_item_id",
	"parse",
	"parsing Events API event: %w",
	"parsing boolean for is_enterprise_install: %w",
	"parsing interaction callback: %w",
	"parsing slash command: %w",
	"password",
	"path must not contain '..' due to auth vulnerability issue",
	"payload is empty",
	"payload signature check failed",
	"payload",
	"pending",
	"permission_type",
	"personal_access_token_request",
	"phone",
	"pie chart cannot have more than 6 segments",
	"pie chart must have at least 1 segment",
	"pie",
	"pin_added",
	"pin_removed",
	"ping error:",
	"ping timeout: Slack did not send us WebSocket PING for more than Client.maxInterval",
	"ping",
	"pink",
	"pinned_item",
	"pins.add",
	"pins.list",
	"pins.remove",
	"plain_text",
	"plain_text_input",
	"plan",
	"plan_update",
	"plans",
	"plans/%v/accounts",
	"pointer",
	"pong",
	"post_at",
	"pr_url",
	"pref_change",
	"prefs",
	"presence",
	"presence_change",
	"presence_sub",
	"preview.png",
	"preview_image",
	"primary",
	"primary_provider",
	"private key is invalid",
	"private key should be a PEM or plain PKCS1 or PKCS8; parse error: %v",
	"processAST: type %q, field %q, unknown %T: %+v",
	"processZeroValue",
	"processing WebSocket message: encountered unsupported type %q",
	"processing",
	"profile",
	"programmatic",
	"project",
	"project_card",
	"project_column",
	"projects/%v",
	"projects/%v/collaborators",
	"projects/%v/collaborators/%v",
	"projects/%v/collaborators/%v/permission",
	"projects/%v/columns",
	"projects/columns/%v",
	"projects/columns/%v/cards",
	"projects/columns/%v/moves",
	"projects/columns/cards/%v",
	"projects/columns/cards/%v/moves",
	"projects_v2",
	"projects_v2_item",
	"prompt",
	"prompts",
	"properties",
	"public",
	"public_repo",
	"publish_status",
	"pull must be provided",
	"pull_request",
	"pull_request_review",
	"pull_request_review_comment",
	"pull_request_review_thread",
	"pull_request_target",
	"purple",
	"purpose",
	"push",
	"q",
	"query",
	"radio_buttons",
	"rate_limit",
	"rating",
	"raw_number",
	"raw_text",
	"reaction_added",
	"reaction_removed",
	"reactions.add",
	"reactions.get",
	"reactions.list",
	"reactions.remove",
	"read error: %s",
	"read",
	"read:gpg_key",
	"read:org",
	"read:public_key",
	"read:repo_hook",
	"reason",
	"received empty download URL",
	"received empty parameters",
	"recipient_team_id",
	"recipient_user_id",
	"reconnect_url",
	"reconnection %d failed: %s reconnecting in %v\n",
	"red",
	"redir",
	"redirect_uri",
	"reference",
	"refresh_token",
	"refs/",
	"refusing to send the token to %q: not an https Slack URL or the API URL",
	"release",
	"reminder",
	"reminders.add",
	"reminders.delete",
	"reminders.list",
	"remote",
	"reply_broadcast",
	"repo",
	"repo:status",
	"repo_deployment",
	"repos/%s/%s/%s",
	"repos/%s/%s/actions/runs",
	"repos/%s/%s/actions/runs/%v/attempts/%v/jobs",
	"repos/%s/%s/actions/runs/%v/jobs",
	"repos/%s/%s/actions/workflows",
	"repos/%s/%s/actions/workflows/%v/runs",
	"repos/%s/%s/code-scanning/default-setup",
	"repos/%s/%s/contents/%s",
	"repos/%s/%s/environments",
	"repos/%s/%s/environments/%s",
	"repos/%s/%s/pulls/%d/requested_reviewers",
	"repos/%s/%s/releases",
	"repos/%s/%s/releases/%d",
	"repos/%s/%s/releases/%d/assets",
	"repos/%s/%s/releases/assets/%d",
	"repos/%s/%s/releases/generate-notes",
	"repos/%s/%s/releases/latest",
	"repos/%s/%s/releases/tags/%s",
	"repos/%s/%s/stargazers",
	"repos/%s/%s/subscribers",
	"repos/%s/%s/subscription",
	"repos/%v/%v",
	"repos/%v/%v/actions/artifacts",
	"repos/%v/%v/actions/artifacts/%v",
	"repos/%v/%v/actions/artifacts/%v/zip",
	"repos/%v/%v/actions/cache/usage",
	"repos/%v/%v/actions/caches",
	"repos/%v/%v/actions/caches/%v",
	"repos/%v/%v/actions/jobs/%v",
	"repos/%v/%v/actions/jobs/%v/logs",
	"repos/%v/%v/actions/jobs/%v/rerun",
	"repos/%v/%v/actions/oidc/customization/sub",
	"repos/%v/%v/actions/organization-secrets",
	"repos/%v/%v/actions/organization-variables",
	"repos/%v/%v/actions/permissions",
	"repos/%v/%v/actions/permissions/access",
	"repos/%v/%v/actions/permissions/selected-actions",
	"repos/%v/%v/actions/permissions/workflow",
	"repos/%v/%v/actions/required_workflows",
	"repos/%v/%v/actions/runners",
	"repos/%v/%v/actions/runners/%v",
	"repos/%v/%v/actions/runners/downloads",
	"repos/%v/%v/actions/runners/generate-jitconfig",
	"repos/%v/%v/actions/runners/registration-token",
	"repos/%v/%v/actions/runners/remove-token",
	"repos/%v/%v/actions/runs/%v",
	"repos/%v/%v/actions/runs/%v/artifacts",
	"repos/%v/%v/actions/runs/%v/attempts/%v",
	"repos/%v/%v/actions/runs/%v/attempts/%v/logs",
	"repos/%v/%v/actions/runs/%v/cancel",
	"repos/%v/%v/actions/runs/%v/deployment_protection_rule",
	"repos/%v/%v/actions/runs/%v/logs",
	"repos/%v/%v/actions/runs/%v/pending_deployments",
	"repos/%v/%v/actions/runs/%v/rerun",
	"repos/%v/%v/actions/runs/%v/rerun-failed-jobs",
	"repos/%v/%v/actions/runs/%v/timing",
	"repos/%v/%v/actions/secrets",
	"repos/%v/%v/actions/secrets/%v",
	"repos/%v/%v/actions/secrets/public-key",
	"repos/%v/%v/actions/variables",
	"repos/%v/%v/actions/variables/%v",
	"repos/%v/%v/actions/workflows/%v",
	"repos/%v/%v/actions/workflows/%v/disable",
	"repos/%v/%v/actions/workflows/%v/dispatches",
	"repos/%v/%v/actions/workflows/%v/enable",
	"repos/%v/%v/actions/workflows/%v/timing",
	"repos/%v/%v/assignees",
	"repos/%v/%v/assignees/%v",
	"repos/%v/%v/autolinks",
	"repos/%v/%v/autolinks/%v",
	"repos/%v/%v/automated-security-fixes",
	"repos/%v/%v/branches",
	"repos/%v/%v/branches/%v",
	"repos/%v/%v/branches/%v/protection",
	"repos/%v/%v/branches/%v/protection/enforce_admins",
	"repos/%v/%v/branches/%v/protection/required_pull_request_reviews",
	"repos/%v/%v/branches/%v/protection/required_signatures",
	"repos/%v/%v/branches/%v/protection/required_status_checks",
	"repos/%v/%v/branches/%v/protection/required_status_checks/contexts",
	"repos/%v/%v/branches/%v/protection/restrictions/apps",
	"repos/%v/%v/branches/%v/protection/restrictions/teams",
	"repos/%v/%v/branches/%v/protection/restrictions/users",
	"repos/%v/%v/branches/%v/rename",
	"repos/%v/%v/check-runs",
	"repos/%v/%v/check-runs/%v",
	"repos/%v/%v/check-runs/%v/annotations",
	"repos/%v/%v/check-runs/%v/rerequest",
	"repos/%v/%v/check-suites",
	"repos/%v/%v/check-suites/%v",
	"repos/%v/%v/check-suites/%v/check-runs",
	"repos/%v/%v/check-suites/%v/rerequest",
	"repos/%v/%v/check-suites/preferences",
	"repos/%v/%v/code-scanning/alerts",
	"repos/%v/%v/code-scanning/alerts/%v",
	"repos/%v/%v/code-scanning/alerts/%v/instances",
	"repos/%v/%v/code-scanning/analyses",
	"repos/%v/%v/code-scanning/analyses/%v",
	"repos/%v/%v/code-scanning/codeql/databases",
	"repos/%v/%v/code-scanning/codeql/databases/%v",
	"repos/%v/%v/code-scanning/sarifs",
	"repos/%v/%v/code-scanning/sarifs/%v",
	"repos/%v/%v/codeowners/errors",
	"repos/%v/%v/codespaces",
	"repos/%v/%v/codespaces/secrets",
	"repos/%v/%v/codespaces/secrets/%v",
	"repos/%v/%v/codespaces/secrets/public-key",
	"repos/%v/%v/collaborators",
	"repos/%v/%v/collaborators/%v",
	"repos/%v/%v/collaborators/%v/permission",
	"repos/%v/%v/comments",
	"repos/%v/%v/comments/%v",
	"repos/%v/%v/comments/%v/reactions",
	"repos/%v/%v/comments/%v/reactions/%v",
	"repos/%v/%v/commits",
	"repos/%v/%v/commits/%v",
	"repos/%v/%v/commits/%v/branches-where-head",
	"repos/%v/%v/commits/%v/check-runs",
	"repos/%v/%v/commits/%v/check-suites",
	"repos/%v/%v/commits/%v/comments",
	"repos/%v/%v/commits/%v/pulls",
	"repos/%v/%v/commits/%v/status",
	"repos/%v/%v/commits/%v/statuses",
	"repos/%v/%v/community/profile",
	"repos/%v/%v/compare/%v...%v",
	"repos/%v/%v/contributors",
	"repos/%v/%v/dependabot/alerts",
	"repos/%v/%v/dependabot/alerts/%v",
	"repos/%v/%v/dependabot/secrets",
	"repos/%v/%v/dependabot/secrets/%v",
	"repos/%v/%v/dependabot/secrets/public-key",
	"repos/%v/%v/dependency-graph/sbom",
	"repos/%v/%v/dependency-graph/snapshots",
	"repos/%v/%v/deployments",
	"repos/%v/%v/deployments/%v",
	"repos/%v/%v/deployments/%v/statuses",
	"repos/%v/%v/deployments/%v/statuses/%v",
	"repos/%v/%v/dispatches",
	"repos/%v/%v/environments/%v/deployment-branch-policies",
	"repos/%v/%v/environments/%v/deployment-branch-policies/%v",
	"repos/%v/%v/environments/%v/deployment_protection_rules",
	"repos/%v/%v/environments/%v/deployment_protection_rules/%v",
	"repos/%v/%v/environments/%v/deployment_protection_rules/apps",
	"repos/%v/%v/environments/%v/variables",
	"repos/%v/%v/environments/%v/variables/%v",
	"repos/%v/%v/events",
	"repos/%v/%v/forks",
	"repos/%v/%v/generate",
	"repos/%v/%v/git/blobs",
	"repos/%v/%v/git/blobs/%v",
	"repos/%v/%v/git/commits",
	"repos/%v/%v/git/commits/%v",
	"repos/%v/%v/git/matching-refs/%v",
	"repos/%v/%v/git/ref/%v",
	"repos/%v/%v/git/refs",
	"repos/%v/%v/git/refs/%v",
	"repos/%v/%v/git/tags",
	"repos/%v/%v/git/tags/%v",
	"repos/%v/%v/git/trees",
	"repos/%v/%v/git/trees/%v",
	"repos/%v/%v/hooks",
	"repos/%v/%v/hooks/%d",
	"repos/%v/%v/hooks/%d/pings",
	"repos/%v/%v/hooks/%d/tests",
	"repos/%v/%v/hooks/%v/config",
	"repos/%v/%v/hooks/%v/deliveries",
	"repos/%v/%v/hooks/%v/deliveries/%v",
	"repos/%v/%v/hooks/%v/deliveries/%v/attempts",
	"repos/%v/%v/import",
	"repos/%v/%v/import/authors",
	"repos/%v/%v/import/authors/%v",
	"repos/%v/%v/import/issues",
	"repos/%v/%v/import/issues/%v",
	"repos/%v/%v/import/issues?since=%v",
	"repos/%v/%v/import/large_files",
	"repos/%v/%v/import/lfs",
	"repos/%v/%v/installation",
	"repos/%v/%v/interaction-limits",
	"repos/%v/%v/invitations",
	"repos/%v/%v/invitations/%v",
	"repos/%v/%v/issues",
	"repos/%v/%v/issues/%d",
	"repos/%v/%v/issues/%d/comments",
	"repos/%v/%v/issues/%d/labels",
	"repos/%v/%v/issues/%d/labels/%v",
	"repos/%v/%v/issues/%d/lock",
	"repos/%v/%v/issues/%v",
	"repos/%v/%v/issues/%v/assignees",
	"repos/%v/%v/issues/%v/events",
	"repos/%v/%v/issues/%v/reactions",
	"repos/%v/%v/issues/%v/reactions/%v",
	"repos/%v/%v/issues/%v/timeline",
	"repos/%v/%v/issues/comments",
	"repos/%v/%v/issues/comments/%d",
	"repos/%v/%v/issues/comments/%v/reactions",
	"repos/%v/%v/issues/comments/%v/reactions/%v",
	"repos/%v/%v/issues/events",
	"repos/%v/%v/issues/events/%v",
	"repos/%v/%v/keys",
	"repos/%v/%v/keys/%v",
	"repos/%v/%v/labels",
	"repos/%v/%v/labels/%v",
	"repos/%v/%v/languages",
	"repos/%v/%v/lfs",
	"repos/%v/%v/license",
	"repos/%v/%v/merge-upstream",
	"repos/%v/%v/merges",
	"repos/%v/%v/milestones",
	"repos/%v/%v/milestones/%d",
	"repos/%v/%v/milestones/%d/labels",
	"repos/%v/%v/notifications",
	"repos/%v/%v/pages",
	"repos/%v/%v/pages/builds",
	"repos/%v/%v/pages/builds/%v",
	"repos/%v/%v/pages/builds/latest",
	"repos/%v/%v/pages/health",
	"repos/%v/%v/pre-receive-hooks",
	"repos/%v/%v/pre-receive-hooks/%d",
	"repos/%v/%v/private-vulnerability-reporting",
	"repos/%v/%v/projects",
	"repos/%v/%v/properties/values",
	"repos/%v/%v/pulls",
	"repos/%v/%v/pulls/%d",
	"repos/%v/%v/pulls/%d/comments",
	"repos/%v/%v/pulls/%d/commits",
	"repos/%v/%v/pulls/%d/files",
	"repos/%v/%v/pulls/%d/merge",
	"repos/%v/%v/pulls/%d/requested_reviewers",
	"repos/%v/%v/pulls/%d/reviews",
	"repos/%v/%v/pulls/%d/reviews/%d",
	"repos/%v/%v/pulls/%d/reviews/%d/comments",
	"repos/%v/%v/pulls/%d/reviews/%d/dismissals",
	"repos/%v/%v/pulls/%d/reviews/%d/events",
	"repos/%v/%v/pulls/%d/update-branch",
	"repos/%v/%v/pulls/comments",
	"repos/%v/%v/pulls/comments/%d",
	"repos/%v/%v/pulls/comments/%v/reactions",
	"repos/%v/%v/pulls/comments/%v/reactions/%v",
	"repos/%v/%v/readme",
	"repos/%v/%v/releases/%v/reactions",
	"repos/%v/%v/rules/branches/%v",
	"repos/%v/%v/rulesets",
	"repos/%v/%v/rulesets/%v",
	"repos/%v/%v/rulesets/%v?includes_parents=%v",
	"repos/%v/%v/rulesets?includes_parents=%v",
	"repos/%v/%v/secret-scanning/alerts",
	"repos/%v/%v/secret-scanning/alerts/%v",
	"repos/%v/%v/secret-scanning/alerts/%v/locations",
	"repos/%v/%v/security-advisories",
	"repos/%v/%v/security-advisories/%v/cve",
	"repos/%v/%v/security-advisories/%v/forks",
	"repos/%v/%v/stats/code_frequency",
	"repos/%v/%v/stats/commit_activity",
	"repos/%v/%v/stats/contributors",
	"repos/%v/%v/stats/participation",
	"repos/%v/%v/stats/punch_card",
	"repos/%v/%v/statuses/%v",
	"repos/%v/%v/tags",
	"repos/%v/%v/tags/protection",
	"repos/%v/%v/tags/protection/%v",
	"repos/%v/%v/teams",
	"repos/%v/%v/topics",
	"repos/%v/%v/traffic/clones",
	"repos/%v/%v/traffic/popular/paths",
	"repos/%v/%v/traffic/popular/referrers",
	"repos/%v/%v/traffic/views",
	"repos/%v/%v/transfer",
	"repos/%v/%v/vulnerability-alerts",
	"repos/google/go-github",
	"repos/google/go-github/issues/1",
	"repositories",
	"repositories/%d",
	"repositories/%d/installation",
	"repositories/%v/comments/%v/reactions/%v",
	"repositories/%v/environments/%v/secrets",
	"repositories/%v/environments/%v/secrets/%v",
	"repositories/%v/environments/%v/secrets/public-key",
	"repositories/%v/issues/%v/reactions/%v",
	"repositories/%v/issues/comments/%v/reactions/%v",
	"repositories/%v/pulls/comments/%v/reactions/%v",
	"repository",
	"repository_dispatch",
	"repository_id",
	"repository_import",
	"repository_vulnerability_alert",
	"requested_token_type",
	"required",
	"required_deployments",
	"required_linear_history",
	"required_signatures",
	"required_status_checks",
	"resend",
	"response",
	"response_type",
	"response_url",
	"restricted",
	"return_im",
	"reviewer.Type is %T, not a string of 'User' or 'Team', unable to unmarshal",
	"rich_text",
	"rich_text_input",
	"rich_text_list",
	"rich_text_preformatted",
	"rich_text_quote",
	"rich_text_section",
	"rich_text_unknown",
	"right",
	"role_id",
	"role_ids",
	"row %d item %d horizontal_alignment must be start, center, or end",
	"row %d item %d requires an allowed child block",
	"row %d item %d width must be narrow, standard, or wide",
	"row %d must contain 1 to 3 items",
	"rows must contain 1 to 5 rows",
	"rows",
	"rtm.connect",
	"rtm.start",
	"salesforce_data_field",
	"saml_response",
	"scheduled_message_id",
	"schema",
	"scim/v2/organizations/%v/Users",
	"scim/v2/organizations/%v/Users/%v",
	"scope",
	"scopes",
	"score",
	"search.all",
	"search.files",
	"search.messages",
	"search/%s?%s",
	"search_channel_types",
	"secondary-rate-limits",
	"secret_scanning_alert",
	"section",
	"security_advisory",
	"security_and_analysis",
	"security_events",
	"segment %d label cannot be longer than 20 characters",
	"segment %d label must have a minimum length of 1",
	"segment %d value must be greater than 0",
	"select",
	"sendSSOBind",
	"series %d data cannot have more than 20 points",
	"series %d data must contain exactly one point for every category",
	"series %d data must have at least 1 point",
	"series %d data must not contain duplicate label %q",
	"series %d data point %d label %q must match axis_config.categories",
	"series %d data point %d label cannot be longer than 20 characters",
	"series %d data point %d label must have a minimum length of 1",
	"series %d name cannot be longer than 20 characters",
	"series %d name must have a minimum length of 1",
	"series names must be unique: %q",
	"service_account",
	"session_id",
	"setInactive",
	"setRegular",
	"setRestricted",
	"setUltraRestricted",
	"set_active",
	"sh_room_join",
	"sh_room_leave",
	"sh_room_update",
	"sha1",
	"sha256",
	"sha512",
	"shared_channel_invite_accepted",
	"shared_channel_invite_approved",
	"shared_channel_invite_declined",
	"shared_channel_invite_received",
	"shared_channel_invite_requested",
	"shortcut",
	"show_files_hidden_by_limit",
	"signaled",
	"since",
	"single_entity",
	"single_select",
	"skill_id",
	"skill_ids",
	"skip url fields",
	"skip_urls",
	"slack rate limit exceeded, retry after %s",
	"slack retry: %s (attempt %d/%d), detail: %v",
	"slack server error: %s",
	"slack",
	"slack#/entities/content_item",
	"slack#/entities/file",
	"slack#/entities/incident",
	"slack#/entities/item",
	"slack#/entities/task",
	"slack#/types/canvas_id",
	"slack#/types/channel_id",
	"slack#/types/list_id",
	"slack#/types/message_context",
	"slack-go/slack",
	"slack-go/slack/socketmode",
	"slack-gov.com",
	"slack.com",
	"slackLists.access.delete",
	"slackLists.access.set",
	"slackLists.create",
	"slackLists.download.get",
	"slackLists.download.start",
	"slackLists.items.create",
	"slackLists.items.delete",
	"slackLists.items.deleteMultiple",
	"slackLists.items.info",
	"slackLists.items.list",
	"slackLists.items.update",
	"slackLists.update",
	"slackbot.skills.create",
	"slackbot.skills.delete",
	"slackbot.skills.info",
	"slackbot.skills.library.add",
	"slackbot.skills.library.remove",
	"slackbot.skills.list",
	"slackbot.skills.update",
	"slash_commands",
	"slow down, too many messages...",
	"slow_down",
	"snippet_type",
	"socket mode response (%d bytes) meets or exceeds Slack's %d-byte WebSocket limit and would be silently dropped; use the Web API for large payloads",
	"sort",
	"sort_dir",
	"source",
	"sponsorship",
	"standard",
	"star",
	"star_added",
	"star_removed",
	"stars.add",
	"stars.list",
	"stars.remove",
	"start",
	"state mismatch in 3-legged-OAuth flow",
	"state",
	"static",
	"static_select",
	"status",
	"string",
	"subject_token",
	"subject_token_type",
	"subscribe",
	"subteam_created",
	"subteam_members_changed",
	"subteam_self_added",
	"subteam_self_removed",
	"subteam_updated",
	"subtitle cannot be longer than 150 characters",
	"subtitle must be a plain_text or mrkdwn object",
	"success",
	"summary_message_ts",
	"suspended",
	"t",
	"t.ClientID is empty",
	"t.ClientSecret is empty",
	"table",
	"tag",
	"tag_name_pattern",
	"tarball",
	"target_team_id",
	"target_team_ids",
	"task_card",
	"task_display_mode",
	"task_update",
	"team",
	"team.accessLogs",
	"team.billableInfo",
	"team.info",
	"team.profile.get",
	"team_access_granted",
	"team_access_revoked",
	"team_add",
	"team_domain",
	"team_domain_change",
	"team_id",
	"team_ids",
	"team_join",
	"team_migration_started",
	"team_pref_change",
	"team_rename",
	"teams/%v/discussions/%v/comments/%v/reactions",
	"teams/%v/discussions/%v/reactions",
	"tel",
	"term_clauses",
	"test",
	"testdomain",
	"testing",
	"text cannot be longer than 3000 characters",
	"text must have a minimum length of 1",
	"text",
	"text/plain",
	"textarea",
	"the asset to upload can't be a directory",
	"thread_broadcast",
	"thread_ts",
	"time",
	"timeline",
	"timepicker",
	"timestamp is too old",
	"timestamp",
	"title cannot be longer than 150 characters",
	"title cannot be longer than 50 characters",
	"title must be a plain_text object",
	"title must have a minimum length of 1",
	"title",
	"to_old",
	"todo_assignee",
	"todo_completed",
	"todo_due_date",
	"todo_mode",
	"token",
	"token_revoked",
	"token_type",
	"tokens_revoked",
	"tooling.tokens.rotate",
	"topic",
	"topics",
	"total_count_only",
	"tree %s",
	"trigger_id",
	"true",
	"ts",
	"ts_from",
	"ts_to",
	"typ",
	"type must be %q",
	"type must be either of plain_text or mrkdwn",
	"type",
	"types",
	"typing",
	"ultra_restricted",
	"unable to generate POST Request %v",
	"unable to get current user home directory: os/user lookup failed; $HOME is empty",
	"unable to unmarshal %T as a string",
	"unexpected field in AdditionalFields: %v",
	"unexpected status code: %s",
	"unexpected value type: %T",
	"unfurl_id",
	"unfurl_links",
	"unfurl_media",
	"unfurls",
	"universe/universe-domain",
	"unknown X-Github-Event in message: %v",
	"unknown credential type: %q",
	"unknown error structure: %s",
	"unknown hash type prefix: %q",
	"unknown",
	"unlisted",
	"unmarshal %s",
	"unmarshalling WebSocket message: %w",
	"unmarshalling failed for both file and directory content: %s and %s",
	"unmarshalling_error",
	"unpinned_item",
	"unsubscribe",
	"unsupported action_cell fallback type %q",
	"unsupported assignee type %T",
	"unsupported assignee type %v",
	"unsupported block element type %v",
	"unsupported content encoding: %v",
	"unsupported content encoding: none, this may occur when file size > 1 MB, if that is the case consider using DownloadContents",
	"unsupported context element type %v",
	"unsupported data_table cell type %q",
	"unsupported data_visualization chart type %q",
	"unsupported event type %q",
	"unsupported raw type %d",
	"unsupported table cell type %q",
	"update",
	"update-muted-channels",
	"url",
	"url_text_input",
	"url_verification",
	"urn:atlassian:connect:clientid:%s",
	"urn:atlassian:connect:useraccountid:%s",
	"urn:ietf:params:oauth:grant-type:device_code",
	"urn:ietf:params:oauth:grant-type:jwt-bearer",
	"urn:ietf:params:oauth:grant-type:token-exchange",
	"urn:ietf:params:oauth:token-type:access_token",
	"urn:ietf:params:oauth:token-type:id_token",
	"urn:ietf:params:oauth:token-type:jwt",
	"urn:ietf:params:oauth:token-type:saml2",
	"user",
	"user/%d",
	"user/blocks",
	"user/blocks/%v",
	"user/codespaces",
	"user/codespaces/%v",
	"user/codespaces/%v/start",
	"user/codespaces/%v/stop",
	"user/codespaces/secrets",
	"user/codespaces/secrets/%v",
	"user/codespaces/secrets/%v/repositories",
	"user/codespaces/secrets/%v/repositories/%v",
	"user/codespaces/secrets/public-key",
	"user/email/visibility",
	"user/emails",
	"user/followers",
	"user/following",
	"user/following/%v",
	"user/gpg_keys",
	"user/gpg_keys/%v",
	"user/installations",
	"user/installations/%v/repositories",
	"user/installations/%v/repositories/%v",
	"user/issues",
	"user/keys",
	"user/keys/%v",
	"user/marketplace_purchases",
	"user/marketplace_purchases/stubbed",
	"user/memberships/orgs",
	"user/memberships/orgs/%v",
	"user/migrations",
	"user/migrations/%v",
	"user/migrations/%v/archive",
	"user/migrations/%v/repos/%v/lock",
	"user/orgs",
	"user/packages",
	"user/packages/%v/%v",
	"user/packages/%v/%v/restore",
	"user/packages/%v/%v/versions",
	"user/packages/%v/%v/versions/%v",
	"user/packages/%v/%v/versions/%v/restore",
	"user/projects",
	"user/repos",
	"user/repository_invitations",
	"user/repository_invitations/%v",
	"user/ssh_signing_keys",
	"user/ssh_signing_keys/%v",
	"user/starred",
	"user/starred/%v/%v",
	"user/subscriptions",
	"user/teams",
	"user:email",
	"user:follow",
	"userProject",
	"user_auth_blocks",
	"user_auth_message",
	"user_auth_required",
	"user_auth_url",
	"user_change",
	"user_connection",
	"user_connection_status_requested",
	"user_huddle_changed",
	"user_id",
	"user_ids",
	"user_name",
	"user_profile_changed",
	"user_status_changed",
	"user_typing",
	"usergroup",
	"usergroup_ids",
	"usergroups.create",
	"usergroups.disable",
	"usergroups.enable",
	"usergroups.list",
	"usergroups.update",
	"usergroups.users.list",
	"usergroups.users.update",
	"username",
	"users",
	"users.conversations",
	"users.deletePhoto",
	"users.getPresence",
	"users.identity",
	"users.info",
	"users.list",
	"users.lookupByEmail",
	"users.prefs.get",
	"users.prefs.set",
	"users.profile.get",
	"users.profile.set",
	"users.setPhoto",
	"users.setPresence",
	"users/%v",
	"users/%v/events",
	"users/%v/events/orgs/%v",
	"users/%v/events/public",
	"users/%v/followers",
	"users/%v/following",
	"users/%v/following/%v",
	"users/%v/gists",
	"users/%v/gpg_keys",
	"users/%v/hovercard",
	"users/%v/installation",
	"users/%v/keys",
	"users/%v/orgs",
	"users/%v/packages",
	"users/%v/packages/%v/%v",
	"users/%v/packages/%v/%v/restore",
	"users/%v/packages/%v/%v/versions",
	"users/%v/packages/%v/%v/versions/%v",
	"users/%v/packages/%v/%v/versions/%v/restore",
	"users/%v/projects",
	"users/%v/received_events",
	"users/%v/received_events/public",
	"users/%v/repos",
	"users/%v/settings/billing/actions",
	"users/%v/settings/billing/packages",
	"users/%v/settings/billing/shared-storage",
	"users/%v/site_admin",
	"users/%v/ssh_signing_keys",
	"users/%v/starred",
	"users/%v/subscriptions",
	"users/%v/suspended",
	"users/octocat",
	"users/willnorris/keys",
	"users_select",
	"v",
	"v0:%s:",
	"v0=",
	"v66.0.0",
	"value",
	"version",
	"video",
	"view_closed",
	"view_id",
	"view_key",
	"view_submission",
	"views.open",
	"views.publish",
	"views.push",
	"views.update",
	"vote",
	"warning",
	"watch",
	"web",
	"webhook request has unsupported Content-Type %q",
	"wide",
	"width must be one of narrow, standard, wide, or full",
	"windows",
	"work_object_mention",
	"workflow_button",
	"workflow_dispatch",
	"workflow_job",
	"workflow_mention",
	"workflow_run",
	"workflow_step_edit",
	"workflow_step_execute",
	"workflows",
	"workflows.featured.add",
	"workflows.featured.list",
	"workflows.featured.remove",
	"workflows.featured.set",
	"workflows.triggers.permissions.add",
	"workflows.triggers.permissions.list",
	"workflows.triggers.permissions.remove",
	"workflows.triggers.permissions.set",
	"write",
	"write:gpg_key",
	"write:org",
	"write:public_key",
	"write:repo_hook",
	"write_error",
	"wrong data type for is_enterprise_install: %T",
	"ws://",
	"ws://wtf?!",
	"x-amz-date",
	"x-amz-security-token",
	"x-goog-api-client",
	"x-goog-cloud-target-resource",
	"yellow",
	"zen",
	"zipball",
	"{%s}",
	"{\"accessory\":null}",
	"{\"elements\":null}",
	"{region}",
	"{}",
	`""`,
	`"%s"`,
	`"`,
	`(token=x[a-z.]+)-[0-9A-Za-z-]+`,
	`//iam\.googleapis\.com/locations/[^/]+/workforcePools/`,
	`String("")`,
	`[""]`,
	`["(no scope)"]`,
	`[0]`,
	`[]int{0}`,
	`[]string{""}`,
	`rel="first"`,
	`rel="last"`,
	`rel="next"`,
	`rel="prev"`,
	`{}`,
}

// realNames gives the literals the names they had: constants, variables
// and struct fields.
func realNames() {
	{
		ScopeNone := "(no scope)"
		_ = ScopeNone
	}
	{
		ScopeUser := "user"
		_ = ScopeUser
	}
	{
		ScopeUserEmail := "user:email"
		_ = ScopeUserEmail
	}
	{
		ScopeUserFollow := "user:follow"
		_ = ScopeUserFollow
	}
	{
		ScopePublicRepo := "public_repo"
		_ = ScopePublicRepo
	}
	{
		ScopeRepo := "repo"
		_ = ScopeRepo
	}
	{
		ScopeRepoDeployment := "repo_deployment"
		_ = ScopeRepoDeployment
	}
	{
		ScopeRepoStatus := "repo:status"
		_ = ScopeRepoStatus
	}
	{
		ScopeDeleteRepo := "delete_repo"
		_ = ScopeDeleteRepo
	}
	{
		ScopeNotifications := "notifications"
		_ = ScopeNotifications
	}
	{
		ScopeGist := "gist"
		_ = ScopeGist
	}
	{
		ScopeReadRepoHook := "read:repo_hook"
		_ = ScopeReadRepoHook
	}
	{
		ScopeWriteRepoHook := "write:repo_hook"
		_ = ScopeWriteRepoHook
	}
	{
		ScopeAdminRepoHook := "admin:repo_hook"
		_ = ScopeAdminRepoHook
	}
	{
		ScopeAdminOrgHook := "admin:org_hook"
		_ = ScopeAdminOrgHook
	}
	{
		ScopeReadOrg := "read:org"
		_ = ScopeReadOrg
	}
	{
		ScopeWriteOrg := "write:org"
		_ = ScopeWriteOrg
	}
	{
		ScopeAdminOrg := "admin:org"
		_ = ScopeAdminOrg
	}
	{
		ScopeReadPublicKey := "read:public_key"
		_ = ScopeReadPublicKey
	}
	{
		ScopeWritePublicKey := "write:public_key"
		_ = ScopeWritePublicKey
	}
	{
		ScopeAdminPublicKey := "admin:public_key"
		_ = ScopeAdminPublicKey
	}
	{
		ScopeReadGPGKey := "read:gpg_key"
		_ = ScopeReadGPGKey
	}
	{
		ScopeWriteGPGKey := "write:gpg_key"
		_ = ScopeWriteGPGKey
	}
	{
		ScopeAdminGPGKey := "admin:gpg_key"
		_ = ScopeAdminGPGKey
	}
	{
		ScopeSecurityEvents := "security_events"
		_ = ScopeSecurityEvents
	}
	{
		fileSuffix := "-accessors.go"
		_ = fileSuffix
	}
	{
		ignoreFilePrefix1 := "gen-"
		_ = ignoreFilePrefix1
	}
	{
		ignoreFilePrefix2 := "github-"
		_ = ignoreFilePrefix2
	}
	{
		outputFileSuffix := "-stringify_test.go"
		_ = outputFileSuffix
	}
	{
		Version := "v66.0.0"
		_ = Version
	}
	{
		defaultAPIVersion := "2022-11-28"
		_ = defaultAPIVersion
	}
	{
		defaultBaseURL := "https://api.github.com/"
		_ = defaultBaseURL
	}
	{
		uploadBaseURL := "https://uploads.github.com/"
		_ = uploadBaseURL
	}
	{
		headerAPIVersion := "X-GitHub-Api-Version"
		_ = headerAPIVersion
	}
	{
		headerRateLimit := "X-RateLimit-Limit"
		_ = headerRateLimit
	}
	{
		headerRateRemaining := "X-RateLimit-Remaining"
		_ = headerRateRemaining
	}
	{
		headerRateReset := "X-RateLimit-Reset"
		_ = headerRateReset
	}
	{
		headerOTP := "X-GitHub-OTP"
		_ = headerOTP
	}
	{
		headerRetryAfter := "Retry-After"
		_ = headerRetryAfter
	}
	{
		headerTokenExpiration := "GitHub-Authentication-Token-Expiration"
		_ = headerTokenExpiration
	}
	{
		mediaTypeV3 := "application/vnd.github.v3+json"
		_ = mediaTypeV3
	}
	{
		defaultMediaType := "application/octet-stream"
		_ = defaultMediaType
	}
	{
		mediaTypeV3SHA := "application/vnd.github.v3.sha"
		_ = mediaTypeV3SHA
	}
	{
		mediaTypeV3Diff := "application/vnd.github.v3.diff"
		_ = mediaTypeV3Diff
	}
	{
		mediaTypeV3Patch := "application/vnd.github.v3.patch"
		_ = mediaTypeV3Patch
	}
	{
		mediaTypeOrgPermissionRepo := "application/vnd.github.v3.repository+json"
		_ = mediaTypeOrgPermissionRepo
	}
	{
		mediaTypeIssueImportAPI := "application/vnd.github.golden-comet-preview+json"
		_ = mediaTypeIssueImportAPI
	}
	{
		mediaTypeStarringPreview := "application/vnd.github.v3.star+json"
		_ = mediaTypeStarringPreview
	}
	{
		mediaTypeMigrationsPreview := "application/vnd.github.wyandotte-preview+json"
		_ = mediaTypeMigrationsPreview
	}
	{
		mediaTypeDeploymentStatusPreview := "application/vnd.github.ant-man-preview+json"
		_ = mediaTypeDeploymentStatusPreview
	}
	{
		mediaTypeExpandDeploymentStatusPreview := "application/vnd.github.flash-preview+json"
		_ = mediaTypeExpandDeploymentStatusPreview
	}
	{
		mediaTypeReactionsPreview := "application/vnd.github.squirrel-girl-preview"
		_ = mediaTypeReactionsPreview
	}
	{
		mediaTypeTimelinePreview := "application/vnd.github.mockingbird-preview+json"
		_ = mediaTypeTimelinePreview
	}
	{
		mediaTypeProjectsPreview := "application/vnd.github.inertia-preview+json"
		_ = mediaTypeProjectsPreview
	}
	{
		mediaTypeCommitSearchPreview := "application/vnd.github.cloak-preview+json"
		_ = mediaTypeCommitSearchPreview
	}
	{
		mediaTypeBlockUsersPreview := "application/vnd.github.giant-sentry-fist-preview+json"
		_ = mediaTypeBlockUsersPreview
	}
	{
		mediaTypeCodesOfConductPreview := "application/vnd.github.scarlet-witch-preview+json"
		_ = mediaTypeCodesOfConductPreview
	}
	{
		mediaTypeTopicsPreview := "application/vnd.github.mercy-preview+json"
		_ = mediaTypeTopicsPreview
	}
	{
		mediaTypeRequiredApprovingReviewsPreview := "application/vnd.github.luke-cage-preview+json"
		_ = mediaTypeRequiredApprovingReviewsPreview
	}
	{
		mediaTypeCheckRunsPreview := "application/vnd.github.antiope-preview+json"
		_ = mediaTypeCheckRunsPreview
	}
	{
		mediaTypePreReceiveHooksPreview := "application/vnd.github.eye-scream-preview"
		_ = mediaTypePreReceiveHooksPreview
	}
	{
		mediaTypeSignaturePreview := "application/vnd.github.zzzax-preview+json"
		_ = mediaTypeSignaturePreview
	}
	{
		mediaTypeProjectCardDetailsPreview := "application/vnd.github.starfox-preview+json"
		_ = mediaTypeProjectCardDetailsPreview
	}
	{
		mediaTypeInteractionRestrictionsPreview := "application/vnd.github.sombra-preview+json"
		_ = mediaTypeInteractionRestrictionsPreview
	}
	{
		mediaTypeEnablePagesAPIPreview := "application/vnd.github.switcheroo-preview+json"
		_ = mediaTypeEnablePagesAPIPreview
	}
	{
		mediaTypeRequiredVulnerabilityAlertsPreview := "application/vnd.github.dorian-preview+json"
		_ = mediaTypeRequiredVulnerabilityAlertsPreview
	}
	{
		mediaTypeUpdatePullRequestBranchPreview := "application/vnd.github.lydian-preview+json"
		_ = mediaTypeUpdatePullRequestBranchPreview
	}
	{
		mediaTypeListPullsOrBranchesForCommitPreview := "application/vnd.github.groot-preview+json"
		_ = mediaTypeListPullsOrBranchesForCommitPreview
	}
	{
		mediaTypeMemberAllowedRepoCreationTypePreview := "application/vnd.github.surtur-preview+json"
		_ = mediaTypeMemberAllowedRepoCreationTypePreview
	}
	{
		mediaTypeRepositoryTemplatePreview := "application/vnd.github.baptiste-preview+json"
		_ = mediaTypeRepositoryTemplatePreview
	}
	{
		mediaTypeMultiLineCommentsPreview := "application/vnd.github.comfort-fade-preview+json"
		_ = mediaTypeMultiLineCommentsPreview
	}
	{
		mediaTypeOAuthAppPreview := "application/vnd.github.doctor-strange-preview+json"
		_ = mediaTypeOAuthAppPreview
	}
	{
		mediaTypeRepositoryVisibilityPreview := "application/vnd.github.nebula-preview+json"
		_ = mediaTypeRepositoryVisibilityPreview
	}
	{
		mediaTypeContentAttachmentsPreview := "application/vnd.github.corsair-preview+json"
		_ = mediaTypeContentAttachmentsPreview
	}
	{
		sha1Prefix := "sha1"
		_ = sha1Prefix
	}
	{
		sha256Prefix := "sha256"
		_ = sha256Prefix
	}
	{
		sha512Prefix := "sha512"
		_ = sha512Prefix
	}
	{
		SHA1SignatureHeader := "X-Hub-Signature"
		_ = SHA1SignatureHeader
	}
	{
		SHA256SignatureHeader := "X-Hub-Signature-256"
		_ = SHA256SignatureHeader
	}
	{
		EventTypeHeader := "X-Github-Event"
		_ = EventTypeHeader
	}
	{
		DeliveryIDHeader := "X-Github-Delivery"
		_ = DeliveryIDHeader
	}
	{
		payloadFormParam := "payload"
		_ = payloadFormParam
	}
	{
		Name := "web"
		_ = Name
	}
	{
		githubBranchNotProtected := "Branch not protected"
		_ = githubBranchNotProtected
	}
	{
		Tarball := "tarball"
		_ = Tarball
	}
	{
		Zipball := "zipball"
		_ = Zipball
	}
	{
		Type := "merge_queue"
		_ = Type
	}
	{
		Type := "creation"
		_ = Type
	}
	{
		Type := "update"
		_ = Type
	}
	{
		Type := "deletion"
		_ = Type
	}
	{
		Type := "required_linear_history"
		_ = Type
	}
	{
		Type := "required_deployments"
		_ = Type
	}
	{
		Type := "required_signatures"
		_ = Type
	}
	{
		Type := "pull_request"
		_ = Type
	}
	{
		Type := "required_status_checks"
		_ = Type
	}
	{
		Type := "non_fast_forward"
		_ = Type
	}
	{
		Type := "commit_message_pattern"
		_ = Type
	}
	{
		Type := "commit_author_email_pattern"
		_ = Type
	}
	{
		Type := "committer_email_pattern"
		_ = Type
	}
	{
		Type := "branch_name_pattern"
		_ = Type
	}
	{
		Type := "tag_name_pattern"
		_ = Type
	}
	{
		Type := "workflows"
		_ = Type
	}
	{
		Type := "file_path_restriction"
		_ = Type
	}
	{
		Type := "max_file_path_length"
		_ = Type
	}
	{
		Type := "file_extension_restriction"
		_ = Type
	}
	{
		Type := "max_file_size"
		_ = Type
	}
	{
		TeamDiscoverabilityOpen := "open"
		_ = TeamDiscoverabilityOpen
	}
	{
		TeamDiscoverabilityInviteOnly := "invite_only"
		_ = TeamDiscoverabilityInviteOnly
	}
	{
		TeamDiscoverabilityClosed := "closed"
		_ = TeamDiscoverabilityClosed
	}
	{
		TeamDiscoverabilityUnlisted := "unlisted"
		_ = TeamDiscoverabilityUnlisted
	}
	{
		AgentSessionStatusActive := "active"
		_ = AgentSessionStatusActive
	}
	{
		AgentSessionStatusProcessing := "processing"
		_ = AgentSessionStatusProcessing
	}
	{
		AgentSessionStatusSuspended := "suspended"
		_ = AgentSessionStatusSuspended
	}
	{
		AgentSessionStatusClosed := "closed"
		_ = AgentSessionStatusClosed
	}
	{
		AgentViewTypeHTML := "html"
		_ = AgentViewTypeHTML
	}
	{
		AgentViewTypeDiff := "diff"
		_ = AgentViewTypeDiff
	}
	{
		AgentViewTypeBlockKit := "block_kit"
		_ = AgentViewTypeBlockKit
	}
	{
		AgentViewTypeCanvas := "canvas"
		_ = AgentViewTypeCanvas
	}
	{
		AgentViewTypePullRequest := "pull_request"
		_ = AgentViewTypePullRequest
	}
	{
		MBTSection := "section"
		_ = MBTSection
	}
	{
		MBTDivider := "divider"
		_ = MBTDivider
	}
	{
		MBTImage := "image"
		_ = MBTImage
	}
	{
		MBTAction := "actions"
		_ = MBTAction
	}
	{
		MBTContext := "context"
		_ = MBTContext
	}
	{
		MBTContextActions := "context_actions"
		_ = MBTContextActions
	}
	{
		MBTFile := "file"
		_ = MBTFile
	}
	{
		MBTInput := "input"
		_ = MBTInput
	}
	{
		MBTHeader := "header"
		_ = MBTHeader
	}
	{
		MBTRichText := "rich_text"
		_ = MBTRichText
	}
	{
		MBTCall := "call"
		_ = MBTCall
	}
	{
		MBTVideo := "video"
		_ = MBTVideo
	}
	{
		MBTMarkdown := "markdown"
		_ = MBTMarkdown
	}
	{
		MBTTable := "table"
		_ = MBTTable
	}
	{
		MBTDataTable := "data_table"
		_ = MBTDataTable
	}
	{
		MBTDataVisualization := "data_visualization"
		_ = MBTDataVisualization
	}
	{
		MBTTaskCard := "task_card"
		_ = MBTTaskCard
	}
	{
		MBTPlan := "plan"
		_ = MBTPlan
	}
	{
		MBTAlert := "alert"
		_ = MBTAlert
	}
	{
		MBTAuthProvider := "auth_provider"
		_ = MBTAuthProvider
	}
	{
		MBTCard := "card"
		_ = MBTCard
	}
	{
		MBTCarousel := "carousel"
		_ = MBTCarousel
	}
	{
		MBTContainer := "container"
		_ = MBTContainer
	}
	{
		MBTLayout := "layout"
		_ = MBTLayout
	}
	{
		AlertLevelDefault := "default"
		_ = AlertLevelDefault
	}
	{
		AlertLevelInfo := "info"
		_ = AlertLevelInfo
	}
	{
		AlertLevelWarning := "warning"
		_ = AlertLevelWarning
	}
	{
		AlertLevelError := "error"
		_ = AlertLevelError
	}
	{
		AlertLevelSuccess := "success"
		_ = AlertLevelSuccess
	}
	{
		ContainerWidthNarrow := "narrow"
		_ = ContainerWidthNarrow
	}
	{
		ContainerWidthStandard := "standard"
		_ = ContainerWidthStandard
	}
	{
		ContainerWidthWide := "wide"
		_ = ContainerWidthWide
	}
	{
		ContainerWidthFull := "full"
		_ = ContainerWidthFull
	}
	{
		DataTableCellRawText := "raw_text"
		_ = DataTableCellRawText
	}
	{
		DataTableCellRawNumber := "raw_number"
		_ = DataTableCellRawNumber
	}
	{
		DataTableCellRichText := "rich_text"
		_ = DataTableCellRichText
	}
	{
		DataTableCellAction := "action_cell"
		_ = DataTableCellAction
	}
	{
		DataVisualizationChartPie := "pie"
		_ = DataVisualizationChartPie
	}
	{
		DataVisualizationChartBar := "bar"
		_ = DataVisualizationChartBar
	}
	{
		DataVisualizationChartArea := "area"
		_ = DataVisualizationChartArea
	}
	{
		DataVisualizationChartLine := "line"
		_ = DataVisualizationChartLine
	}
	{
		METCheckboxGroups := "checkboxes"
		_ = METCheckboxGroups
	}
	{
		METImage := "image"
		_ = METImage
	}
	{
		METButton := "button"
		_ = METButton
	}
	{
		METOverflow := "overflow"
		_ = METOverflow
	}
	{
		METDatepicker := "datepicker"
		_ = METDatepicker
	}
	{
		METTimepicker := "timepicker"
		_ = METTimepicker
	}
	{
		METDatetimepicker := "datetimepicker"
		_ = METDatetimepicker
	}
	{
		METPlainTextInput := "plain_text_input"
		_ = METPlainTextInput
	}
	{
		METRadioButtons := "radio_buttons"
		_ = METRadioButtons
	}
	{
		METRichTextInput := "rich_text_input"
		_ = METRichTextInput
	}
	{
		METEmailTextInput := "email_text_input"
		_ = METEmailTextInput
	}
	{
		METURLTextInput := "url_text_input"
		_ = METURLTextInput
	}
	{
		METNumber := "number_input"
		_ = METNumber
	}
	{
		METFileInput := "file_input"
		_ = METFileInput
	}
	{
		METFeedbackButtons := "feedback_buttons"
		_ = METFeedbackButtons
	}
	{
		METIconButton := "icon_button"
		_ = METIconButton
	}
	{
		METWorkflowButton := "workflow_button"
		_ = METWorkflowButton
	}
	{
		MixedElementImage := "mixed_image"
		_ = MixedElementImage
	}
	{
		MixedElementText := "mixed_text"
		_ = MixedElementText
	}
	{
		OptTypeStatic := "static_select"
		_ = OptTypeStatic
	}
	{
		OptTypeExternal := "external_select"
		_ = OptTypeExternal
	}
	{
		OptTypeUser := "users_select"
		_ = OptTypeUser
	}
	{
		OptTypeConversations := "conversations_select"
		_ = OptTypeConversations
	}
	{
		OptTypeChannels := "channels_select"
		_ = OptTypeChannels
	}
	{
		MultiOptTypeStatic := "multi_static_select"
		_ = MultiOptTypeStatic
	}
	{
		MultiOptTypeExternal := "multi_external_select"
		_ = MultiOptTypeExternal
	}
	{
		MultiOptTypeUser := "multi_users_select"
		_ = MultiOptTypeUser
	}
	{
		MultiOptTypeConversations := "multi_conversations_select"
		_ = MultiOptTypeConversations
	}
	{
		MultiOptTypeChannels := "multi_channels_select"
		_ = MultiOptTypeChannels
	}
	{
		StyleDefault := ""
		_ = StyleDefault
	}
	{
		StylePrimary := "primary"
		_ = StylePrimary
	}
	{
		StyleDanger := "danger"
		_ = StyleDanger
	}
	{
		LayoutWidthNarrow := "narrow"
		_ = LayoutWidthNarrow
	}
	{
		LayoutWidthStandard := "standard"
		_ = LayoutWidthStandard
	}
	{
		LayoutWidthWide := "wide"
		_ = LayoutWidthWide
	}
	{
		LayoutHorizontalAlignmentStart := "start"
		_ = LayoutHorizontalAlignmentStart
	}
	{
		LayoutHorizontalAlignmentCenter := "center"
		_ = LayoutHorizontalAlignmentCenter
	}
	{
		LayoutHorizontalAlignmentEnd := "end"
		_ = LayoutHorizontalAlignmentEnd
	}
	{
		LayoutGridLinesNone := "none"
		_ = LayoutGridLinesNone
	}
	{
		LayoutGridLinesRows := "rows"
		_ = LayoutGridLinesRows
	}
	{
		LayoutGridLinesOuter := "outer"
		_ = LayoutGridLinesOuter
	}
	{
		MarkdownType := "mrkdwn"
		_ = MarkdownType
	}
	{
		PlainTextType := "plain_text"
		_ = PlainTextType
	}
	{
		motConfirmation := "confirm"
		_ = motConfirmation
	}
	{
		motOption := "option"
		_ = motOption
	}
	{
		motOptionGroup := "option_group"
		_ = motOptionGroup
	}
	{
		Type := "icon"
		_ = Type
	}
	{
		RTEList := "rich_text_list"
		_ = RTEList
	}
	{
		RTEPreformatted := "rich_text_preformatted"
		_ = RTEPreformatted
	}
	{
		RTEQuote := "rich_text_quote"
		_ = RTEQuote
	}
	{
		RTESection := "rich_text_section"
		_ = RTESection
	}
	{
		RTEUnknown := "rich_text_unknown"
		_ = RTEUnknown
	}
	{
		RTEListOrdered := "ordered"
		_ = RTEListOrdered
	}
	{
		RTEListBullet := "bullet"
		_ = RTEListBullet
	}
	{
		RTSEAttachmentMention := "attachment_mention"
		_ = RTSEAttachmentMention
	}
	{
		RTSEBroadcast := "broadcast"
		_ = RTSEBroadcast
	}
	{
		RTSECanvas := "canvas"
		_ = RTSECanvas
	}
	{
		RTSECanvasMessageUnfurl := "canvas_message_unfurl"
		_ = RTSECanvasMessageUnfurl
	}
	{
		RTSECanvasUserMention := "canvas_user_mention"
		_ = RTSECanvasUserMention
	}
	{
		RTSEChannel := "channel"
		_ = RTSEChannel
	}
	{
		RTSECitation := "citation"
		_ = RTSECitation
	}
	{
		RTSEColor := "color"
		_ = RTSEColor
	}
	{
		RTSEDate := "date"
		_ = RTSEDate
	}
	{
		RTSEEmoji := "emoji"
		_ = RTSEEmoji
	}
	{
		RTSEFile := "file"
		_ = RTSEFile
	}
	{
		RTSELink := "link"
		_ = RTSELink
	}
	{
		RTSEListRecord := "list_record"
		_ = RTSEListRecord
	}
	{
		RTSEMessageMention := "message_mention"
		_ = RTSEMessageMention
	}
	{
		RTSESalesforceDataField := "salesforce_data_field"
		_ = RTSESalesforceDataField
	}
	{
		RTSETag := "tag"
		_ = RTSETag
	}
	{
		RTSETeam := "team"
		_ = RTSETeam
	}
	{
		RTSEText := "text"
		_ = RTSEText
	}
	{
		RTSEUser := "user"
		_ = RTSEUser
	}
	{
		RTSEUserGroup := "usergroup"
		_ = RTSEUserGroup
	}
	{
		RTSEWorkObjectMention := "work_object_mention"
		_ = RTSEWorkObjectMention
	}
	{
		RTSEWorkflowMention := "workflow_mention"
		_ = RTSEWorkflowMention
	}
	{
		RTSEUnknown := "unknown"
		_ = RTSEUnknown
	}
	{
		RichTextTagColorGray := "gray"
		_ = RichTextTagColorGray
	}
	{
		RichTextTagColorBrown := "brown"
		_ = RichTextTagColorBrown
	}
	{
		RichTextTagColorPurple := "purple"
		_ = RichTextTagColorPurple
	}
	{
		RichTextTagColorIndigo := "indigo"
		_ = RichTextTagColorIndigo
	}
	{
		RichTextTagColorBlue := "blue"
		_ = RichTextTagColorBlue
	}
	{
		RichTextTagColorGreen := "green"
		_ = RichTextTagColorGreen
	}
	{
		RichTextTagColorYellow := "yellow"
		_ = RichTextTagColorYellow
	}
	{
		RichTextTagColorOrange := "orange"
		_ = RichTextTagColorOrange
	}
	{
		RichTextTagColorRed := "red"
		_ = RichTextTagColorRed
	}
	{
		RichTextCitationFile := "file"
		_ = RichTextCitationFile
	}
	{
		RichTextCitationExternal := "external"
		_ = RichTextCitationExternal
	}
	{
		RichTextCitationWeb := "web"
		_ = RichTextCitationWeb
	}
	{
		RichTextCitationMessage := "message"
		_ = RichTextCitationMessage
	}
	{
		RichTextCitationMemory := "memory"
		_ = RichTextCitationMemory
	}
	{
		TableCellRawText := "raw_text"
		_ = TableCellRawText
	}
	{
		TableCellRawNumber := "raw_number"
		_ = TableCellRawNumber
	}
	{
		TableCellRichText := "rich_text"
		_ = TableCellRichText
	}
	{
		ColumnAlignmentLeft := "left"
		_ = ColumnAlignmentLeft
	}
	{
		ColumnAlignmentCenter := "center"
		_ = ColumnAlignmentCenter
	}
	{
		ColumnAlignmentRight := "right"
		_ = ColumnAlignmentRight
	}
	{
		TaskCardStatusPending := "pending"
		_ = TaskCardStatusPending
	}
	{
		TaskCardStatusInProgress := "in_progress"
		_ = TaskCardStatusInProgress
	}
	{
		TaskCardStatusComplete := "complete"
		_ = TaskCardStatusComplete
	}
	{
		TaskCardStatusError := "error"
		_ = TaskCardStatusError
	}
	{
		Type := "url"
		_ = Type
	}
	{
		DEFAULT_MESSAGE_USERNAME := ""
		_ = DEFAULT_MESSAGE_USERNAME
	}
	{
		DEFAULT_MESSAGE_PARSE := ""
		_ = DEFAULT_MESSAGE_PARSE
	}
	{
		DEFAULT_MESSAGE_THREAD_TIMESTAMP := ""
		_ = DEFAULT_MESSAGE_THREAD_TIMESTAMP
	}
	{
		DEFAULT_MESSAGE_ICON_URL := ""
		_ = DEFAULT_MESSAGE_ICON_URL
	}
	{
		DEFAULT_MESSAGE_ICON_EMOJI := ""
		_ = DEFAULT_MESSAGE_ICON_EMOJI
	}
	{
		chatUpdate := "chat.update"
		_ = chatUpdate
	}
	{
		chatPostMessage := "chat.postMessage"
		_ = chatPostMessage
	}
	{
		chatScheduleMessage := "chat.scheduleMessage"
		_ = chatScheduleMessage
	}
	{
		chatDelete := "chat.delete"
		_ = chatDelete
	}
	{
		chatPostEphemeral := "chat.postEphemeral"
		_ = chatPostEphemeral
	}
	{
		chatResponse := "chat.responseURL"
		_ = chatResponse
	}
	{
		chatMeMessage := "chat.meMessage"
		_ = chatMeMessage
	}
	{
		chatUnfurl := "chat.unfurl"
		_ = chatUnfurl
	}
	{
		chatStartStream := "chat.startStream"
		_ = chatStartStream
	}
	{
		chatAppendStream := "chat.appendStream"
		_ = chatAppendStream
	}
	{
		chatStopStream := "chat.stopStream"
		_ = chatStopStream
	}
	{
		TaskDisplayModeTimeline := "timeline"
		_ = TaskDisplayModeTimeline
	}
	{
		TaskDisplayModePlan := "plan"
		_ = TaskDisplayModePlan
	}
	{
		StreamChunkMarkdownText := "markdown_text"
		_ = StreamChunkMarkdownText
	}
	{
		StreamChunkTaskUpdate := "task_update"
		_ = StreamChunkTaskUpdate
	}
	{
		StreamChunkPlanUpdate := "plan_update"
		_ = StreamChunkPlanUpdate
	}
	{
		StreamChunkBlocks := "blocks"
		_ = StreamChunkBlocks
	}
	{
		InputTypeText := "text"
		_ = InputTypeText
	}
	{
		InputTypeTextArea := "textarea"
		_ = InputTypeTextArea
	}
	{
		InputTypeSelect := "select"
		_ = InputTypeSelect
	}
	{
		DialogDataSourceStatic := "static"
		_ = DialogDataSourceStatic
	}
	{
		DialogDataSourceExternal := "external"
		_ = DialogDataSourceExternal
	}
	{
		DialogDataSourceConversations := "conversations"
		_ = DialogDataSourceConversations
	}
	{
		DialogDataSourceChannels := "channels"
		_ = DialogDataSourceChannels
	}
	{
		DialogDataSourceUsers := "users"
		_ = DialogDataSourceUsers
	}
	{
		InputSubtypeEmail := "email"
		_ = InputSubtypeEmail
	}
	{
		InputSubtypeNumber := "number"
		_ = InputSubtypeNumber
	}
	{
		InputSubtypeTel := "tel"
		_ = InputSubtypeTel
	}
	{
		InputSubtypeURL := "url"
		_ = InputSubtypeURL
	}
	{
		DEFAULT_FILES_USER := ""
		_ = DEFAULT_FILES_USER
	}
	{
		DEFAULT_FILES_CHANNEL := ""
		_ = DEFAULT_FILES_CHANNEL
	}
	{
		DEFAULT_FILES_TYPES := "all"
		_ = DEFAULT_FILES_TYPES
	}
	{
		DEFAULT_HISTORY_LATEST := ""
		_ = DEFAULT_HISTORY_LATEST
	}
	{
		DEFAULT_HISTORY_OLDEST := "0"
		_ = DEFAULT_HISTORY_OLDEST
	}
	{
		TYPE_MESSAGE := "message"
		_ = TYPE_MESSAGE
	}
	{
		TYPE_FILE := "file"
		_ = TYPE_FILE
	}
	{
		TYPE_FILE_COMMENT := "file_comment"
		_ = TYPE_FILE_COMMENT
	}
	{
		TYPE_CHANNEL := "channel"
		_ = TYPE_CHANNEL
	}
	{
		TYPE_IM := "im"
		_ = TYPE_IM
	}
	{
		TYPE_GROUP := "group"
		_ = TYPE_GROUP
	}
	{
		ListAccessRead := "read"
		_ = ListAccessRead
	}
	{
		ListAccessWrite := "write"
		_ = ListAccessWrite
	}
	{
		ListAccessOwner := "owner"
		_ = ListAccessOwner
	}
	{
		ListDownloadCSV := "csv"
		_ = ListDownloadCSV
	}
	{
		ListDownloadJSON := "json"
		_ = ListDownloadJSON
	}
	{
		ListColumnText := "text"
		_ = ListColumnText
	}
	{
		ListColumnRichText := "rich_text"
		_ = ListColumnRichText
	}
	{
		ListColumnMessage := "message"
		_ = ListColumnMessage
	}
	{
		ListColumnNumber := "number"
		_ = ListColumnNumber
	}
	{
		ListColumnSelect := "select"
		_ = ListColumnSelect
	}
	{
		ListColumnMultiSelect := "multi_select"
		_ = ListColumnMultiSelect
	}
	{
		ListColumnDate := "date"
		_ = ListColumnDate
	}
	{
		ListColumnUser := "user"
		_ = ListColumnUser
	}
	{
		ListColumnAttachment := "attachment"
		_ = ListColumnAttachment
	}
	{
		ListColumnCheckbox := "checkbox"
		_ = ListColumnCheckbox
	}
	{
		ListColumnEmail := "email"
		_ = ListColumnEmail
	}
	{
		ListColumnPhone := "phone"
		_ = ListColumnPhone
	}
	{
		ListColumnChannel := "channel"
		_ = ListColumnChannel
	}
	{
		ListColumnRating := "rating"
		_ = ListColumnRating
	}
	{
		ListColumnCreatedBy := "created_by"
		_ = ListColumnCreatedBy
	}
	{
		ListColumnLastEditedBy := "last_edited_by"
		_ = ListColumnLastEditedBy
	}
	{
		ListColumnCreatedTime := "created_time"
		_ = ListColumnCreatedTime
	}
	{
		ListColumnLastEditedTime := "last_edited_time"
		_ = ListColumnLastEditedTime
	}
	{
		ListColumnVote := "vote"
		_ = ListColumnVote
	}
	{
		ListColumnCanvas := "canvas"
		_ = ListColumnCanvas
	}
	{
		ListColumnReference := "reference"
		_ = ListColumnReference
	}
	{
		ListColumnLink := "link"
		_ = ListColumnLink
	}
	{
		ListColumnAssignee := "assignee"
		_ = ListColumnAssignee
	}
	{
		ListColumnDueDate := "due_date"
		_ = ListColumnDueDate
	}
	{
		ListColumnCompleted := "completed"
		_ = ListColumnCompleted
	}
	{
		ListColumnTodoAssignee := "todo_assignee"
		_ = ListColumnTodoAssignee
	}
	{
		ListColumnTodoDueDate := "todo_due_date"
		_ = ListColumnTodoDueDate
	}
	{
		ListColumnTodoCompleted := "todo_completed"
		_ = ListColumnTodoCompleted
	}
	{
		ListColumnFormatSingleSelect := "single_select"
		_ = ListColumnFormatSingleSelect
	}
	{
		ListColumnFormatMultiSelect := "multi_select"
		_ = ListColumnFormatMultiSelect
	}
	{
		ListColumnFormatSingleEntity := "single_entity"
		_ = ListColumnFormatSingleEntity
	}
	{
		ListColumnFormatMultiEntity := "multi_entity"
		_ = ListColumnFormatMultiEntity
	}
	{
		ListDateFormatDefault := "default"
		_ = ListDateFormatDefault
	}
	{
		ListDateFormatDayMonthYear := "DD/MM/YYYY"
		_ = ListDateFormatDayMonthYear
	}
	{
		ListDateFormatMonthDayYear := "MM/DD/YYYY"
		_ = ListDateFormatMonthDayYear
	}
	{
		ListDateFormatYearMonthDay := "YYYY/MM/DD"
		_ = ListDateFormatYearMonthDay
	}
	{
		ListDateFormatLongMonthDayYear := "MMMM DD, YYYY"
		_ = ListDateFormatLongMonthDayYear
	}
	{
		ListDateFormatDayLongMonthYear := "DD MMMM YYYY"
		_ = ListDateFormatDayLongMonthYear
	}
	{
		ListChoiceIndigo := "indigo"
		_ = ListChoiceIndigo
	}
	{
		ListChoiceBlue := "blue"
		_ = ListChoiceBlue
	}
	{
		ListChoiceCyan := "cyan"
		_ = ListChoiceCyan
	}
	{
		ListChoicePink := "pink"
		_ = ListChoicePink
	}
	{
		ListChoiceYellow := "yellow"
		_ = ListChoiceYellow
	}
	{
		ListChoiceGreen := "green"
		_ = ListChoiceGreen
	}
	{
		ListChoiceGray := "gray"
		_ = ListChoiceGray
	}
	{
		ListChoiceRed := "red"
		_ = ListChoiceRed
	}
	{
		ListChoicePurple := "purple"
		_ = ListChoicePurple
	}
	{
		ListChoiceOrange := "orange"
		_ = ListChoiceOrange
	}
	{
		ListChoiceBrown := "brown"
		_ = ListChoiceBrown
	}
	{
		ListItemReminderArchived := "archived"
		_ = ListItemReminderArchived
	}
	{
		ListItemReminderInProgress := "in_progress"
		_ = ListItemReminderInProgress
	}
	{
		ListItemReminderCompleted := "completed"
		_ = ListItemReminderCompleted
	}
	{
		ManifestFunctionRuntimeRemote := "remote"
		_ = ManifestFunctionRuntimeRemote
	}
	{
		ManifestFunctionRuntimeSlack := "slack"
		_ = ManifestFunctionRuntimeSlack
	}
	{
		MessageShortcut := "message"
		_ = MessageShortcut
	}
	{
		GlobalShortcut := "global"
		_ = GlobalShortcut
	}
	{
		MsgSubTypeBotMessage := "bot_message"
		_ = MsgSubTypeBotMessage
	}
	{
		MsgSubTypeMeMessage := "me_message"
		_ = MsgSubTypeMeMessage
	}
	{
		MsgSubTypeMessageChanged := "message_changed"
		_ = MsgSubTypeMessageChanged
	}
	{
		MsgSubTypeMessageDeleted := "message_deleted"
		_ = MsgSubTypeMessageDeleted
	}
	{
		MsgSubTypeMessageReplied := "message_replied"
		_ = MsgSubTypeMessageReplied
	}
	{
		MsgSubTypeReplyBroadcast := "reply_broadcast"
		_ = MsgSubTypeReplyBroadcast
	}
	{
		MsgSubTypeThreadBroadcast := "thread_broadcast"
		_ = MsgSubTypeThreadBroadcast
	}
	{
		MsgSubTypeChannelJoin := "channel_join"
		_ = MsgSubTypeChannelJoin
	}
	{
		MsgSubTypeChannelLeave := "channel_leave"
		_ = MsgSubTypeChannelLeave
	}
	{
		MsgSubTypeChannelTopic := "channel_topic"
		_ = MsgSubTypeChannelTopic
	}
	{
		MsgSubTypeChannelPurpose := "channel_purpose"
		_ = MsgSubTypeChannelPurpose
	}
	{
		MsgSubTypeChannelName := "channel_name"
		_ = MsgSubTypeChannelName
	}
	{
		MsgSubTypeChannelArchive := "channel_archive"
		_ = MsgSubTypeChannelArchive
	}
	{
		MsgSubTypeChannelUnarchive := "channel_unarchive"
		_ = MsgSubTypeChannelUnarchive
	}
	{
		MsgSubTypeGroupJoin := "group_join"
		_ = MsgSubTypeGroupJoin
	}
	{
		MsgSubTypeGroupLeave := "group_leave"
		_ = MsgSubTypeGroupLeave
	}
	{
		MsgSubTypeGroupTopic := "group_topic"
		_ = MsgSubTypeGroupTopic
	}
	{
		MsgSubTypeGroupPurpose := "group_purpose"
		_ = MsgSubTypeGroupPurpose
	}
	{
		MsgSubTypeGroupName := "group_name"
		_ = MsgSubTypeGroupName
	}
	{
		MsgSubTypeGroupArchive := "group_archive"
		_ = MsgSubTypeGroupArchive
	}
	{
		MsgSubTypeGroupUnarchive := "group_unarchive"
		_ = MsgSubTypeGroupUnarchive
	}
	{
		MsgSubTypeFileShare := "file_share"
		_ = MsgSubTypeFileShare
	}
	{
		MsgSubTypeFileComment := "file_comment"
		_ = MsgSubTypeFileComment
	}
	{
		MsgSubTypeGileMention := "file_mention"
		_ = MsgSubTypeGileMention
	}
	{
		MsgSubTypePinnedItem := "pinned_item"
		_ = MsgSubTypePinnedItem
	}
	{
		MsgSubTypeUnpinnedItem := "unpinned_item"
		_ = MsgSubTypeUnpinnedItem
	}
	{
		MsgSubTypeEkmAccessDenied := "ekm_access_denied"
		_ = MsgSubTypeEkmAccessDenied
	}
	{
		MsgSubTypeChannelPostingPermissions := "channel_posting_permissions"
		_ = MsgSubTypeChannelPostingPermissions
	}
	{
		MsgSubTypeAssistantAppThread := "assistant_app_thread"
		_ = MsgSubTypeAssistantAppThread
	}
	{
		ResponseTypeInChannel := "in_channel"
		_ = ResponseTypeInChannel
	}
	{
		ResponseTypeEphemeral := "ephemeral"
		_ = ResponseTypeEphemeral
	}
	{
		Type := "message"
		_ = Type
	}
	{
		Type := "presence_sub"
		_ = Type
	}
	{
		Type := "typing"
		_ = Type
	}
	{
		EntityTypeTask := "slack#/entities/task"
		_ = EntityTypeTask
	}
	{
		EntityTypeFile := "slack#/entities/file"
		_ = EntityTypeFile
	}
	{
		EntityTypeItem := "slack#/entities/item"
		_ = EntityTypeItem
	}
	{
		EntityTypeIncident := "slack#/entities/incident"
		_ = EntityTypeIncident
	}
	{
		EntityTypeContentItem := "slack#/entities/content_item"
		_ = EntityTypeContentItem
	}
	{
		DEFAULT_REACTIONS_USER := ""
		_ = DEFAULT_REACTIONS_USER
	}
	{
		DEFAULT_REMOTE_FILES_CHANNEL := ""
		_ = DEFAULT_REMOTE_FILES_CHANNEL
	}
	{
		rtmEventTypeAck := ""
		_ = rtmEventTypeAck
	}
	{
		rtmEventTypeHello := "hello"
		_ = rtmEventTypeHello
	}
	{
		rtmEventTypeGoodbye := "goodbye"
		_ = rtmEventTypeGoodbye
	}
	{
		rtmEventTypePong := "pong"
		_ = rtmEventTypePong
	}
	{
		rtmEventTypeDesktopNotification := "desktop_notification"
		_ = rtmEventTypeDesktopNotification
	}
	{
		DEFAULT_SEARCH_SORT := "score"
		_ = DEFAULT_SEARCH_SORT
	}
	{
		DEFAULT_SEARCH_SORT_DIR := "desc"
		_ = DEFAULT_SEARCH_SORT_DIR
	}
	{
		hSignature := "X-Slack-Signature"
		_ = hSignature
	}
	{
		hTimestamp := "X-Slack-Request-Timestamp"
		_ = hTimestamp
	}
	{
		APIURL := "https://slack.com/api/"
		_ = APIURL
	}
	{
		AuditAPIURL := "https://api.slack.com/"
		_ = AuditAPIURL
	}
	{
		WEBAPIURLFormat := "https://%s.slack.com/api/users.admin.%s?t=%d"
		_ = WEBAPIURLFormat
	}
	{
		AppContextEntityChannel := "slack#/types/channel_id"
		_ = AppContextEntityChannel
	}
	{
		AppContextEntityCanvas := "slack#/types/canvas_id"
		_ = AppContextEntityCanvas
	}
	{
		AppContextEntityList := "slack#/types/list_id"
		_ = AppContextEntityList
	}
	{
		AppContextEntityMessageContext := "slack#/types/message_context"
		_ = AppContextEntityMessageContext
	}
	{
		ChannelTypeChannel := "channel"
		_ = ChannelTypeChannel
	}
	{
		ChannelTypeGroup := "group"
		_ = ChannelTypeGroup
	}
	{
		ChannelTypeIM := "im"
		_ = ChannelTypeIM
	}
	{
		ChannelTypeMPIM := "mpim"
		_ = ChannelTypeMPIM
	}
	{
		CallbackEvent := "event_callback"
		_ = CallbackEvent
	}
	{
		URLVerification := "url_verification"
		_ = URLVerification
	}
	{
		AppRateLimited := "app_rate_limited"
		_ = AppRateLimited
	}
	{
		defaultBotName := "TestSlackBot"
		_ = defaultBotName
	}
	{
		defaultBotID := "U023BECGF"
		_ = defaultBotID
	}
	{
		defaultTeamID := "T024BE7LD"
		_ = defaultTeamID
	}
	{
		defaultNonBotUserID := "W012A3CDE"
		_ = defaultNonBotUserID
	}
	{
		defaultNonBotUserName := "Egon Spengler"
		_ = defaultNonBotUserName
	}
	{
		defaultTeamName := "SlackTest Team"
		_ = defaultTeamName
	}
	{
		defaultTeamDomain := "testdomain"
		_ = defaultTeamDomain
	}
	{
		defaultConversationName := "endeavor"
		_ = defaultConversationName
	}
	{
		ManualPresence := "true"
		_ = ManualPresence
	}
	{
		Type := "goodbye"
		_ = Type
	}
	{
		Type := "pong"
		_ = Type
	}
	{
		ServerURLContextKey := "__SERVER_URL__"
		_ = ServerURLContextKey
	}
	{
		ServerWSContextKey := "__SERVER_WS_URL__"
		_ = ServerWSContextKey
	}
	{
		ServerBotNameContextKey := "__SERVER_BOTNAME__"
		_ = ServerBotNameContextKey
	}
	{
		ServerBotIDContextKey := "__SERVER_BOTID__"
		_ = ServerBotIDContextKey
	}
	{
		ServerBotChannelsContextKey := "__SERVER_CHANNELS__"
		_ = ServerBotChannelsContextKey
	}
	{
		ServerBotGroupsContextKey := "__SERVER_GROUPS__"
		_ = ServerBotGroupsContextKey
	}
	{
		ServerBotHubNameContextKey := "__SERVER_HUBNAME__"
		_ = ServerBotHubNameContextKey
	}
	{
		errInvalidAuth := "invalid_auth"
		_ = errInvalidAuth
	}
	{
		errInactiveAccount := "account_inactive"
		_ = errInactiveAccount
	}
	{
		errMissingAuthToken := "not_authed"
		_ = errMissingAuthToken
	}
	{
		errTokenRevoked := "token_revoked"
		_ = errTokenRevoked
	}
	{
		RequestTypeHello := "hello"
		_ = RequestTypeHello
	}
	{
		RequestTypeEventsAPI := "events_api"
		_ = RequestTypeEventsAPI
	}
	{
		RequestTypeDisconnect := "disconnect"
		_ = RequestTypeDisconnect
	}
	{
		RequestTypeSlashCommands := "slash_commands"
		_ = RequestTypeSlashCommands
	}
	{
		RequestTypeInteractive := "interactive"
		_ = RequestTypeInteractive
	}
	{
		DEFAULT_STARS_USER := ""
		_ = DEFAULT_STARS_USER
	}
	{
		VTModal := "modal"
		_ = VTModal
	}
	{
		VTHomeTab := "home"
		_ = VTHomeTab
	}
	{
		RAClear := "clear"
		_ = RAClear
	}
	{
		RAUpdate := "update"
		_ = RAUpdate
	}
	{
		RAPush := "push"
		_ = RAPush
	}
	{
		RAErrors := "errors"
		_ = RAErrors
	}
	{
		Type := "ping"
		_ = Type
	}
	{
		AuthURL := "https://www.amazon.com/ap/oa"
		_ = AuthURL
	}
	{
		TokenURL := "https://api.amazon.com/auth/o2/token"
		_ = TokenURL
	}
	{
		codeChallengeKey := "code_challenge"
		_ = codeChallengeKey
	}
	{
		codeChallengeMethodKey := "code_challenge_method"
		_ = codeChallengeMethodKey
	}
	{
		codeVerifierKey := "code_verifier"
		_ = codeVerifierKey
	}
	{
		AuthURL := "https://bitbucket.org/site/oauth2/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://bitbucket.org/site/oauth2/access_token"
		_ = TokenURL
	}
	{
		AuthURL := "https://oauth.web.cern.ch/OAuth/Authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://oauth.web.cern.ch/OAuth/Token"
		_ = TokenURL
	}
	{
		errAuthorizationPending := "authorization_pending"
		_ = errAuthorizationPending
	}
	{
		errSlowDown := "slow_down"
		_ = errSlowDown
	}
	{
		errAccessDenied := "access_denied"
		_ = errAccessDenied
	}
	{
		errExpiredToken := "expired_token"
		_ = errExpiredToken
	}
	{
		AuthURL := "https://appleid.apple.com/auth/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://appleid.apple.com/auth/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://app.asana.com/-/oauth_authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://app.asana.com/-/oauth_token"
		_ = TokenURL
	}
	{
		AuthURL := "https://badgr.com/auth/oauth2/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://api.badgr.io/o/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://battle.net/oauth/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://battle.net/oauth/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://login.coinbase.com/oauth2/auth"
		_ = AuthURL
	}
	{
		TokenURL := "https://login.coinbase.com/oauth2/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://discord.com/oauth2/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://discord.com/api/oauth2/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://www.dropbox.com/oauth2/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://api.dropboxapi.com/oauth2/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://auth.ebay.com/oauth2/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://api.ebay.com/identity/v1/oauth2/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://www.facebook.com/v22.0/dialog/oauth"
		_ = AuthURL
	}
	{
		TokenURL := "https://graph.facebook.com/v22.0/oauth/access_token"
		_ = TokenURL
	}
	{
		AuthURL := "https://foursquare.com/oauth2/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://foursquare.com/oauth2/access_token"
		_ = TokenURL
	}
	{
		AuthURL := "https://www.fitbit.com/oauth2/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://api.fitbit.com/oauth2/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://github.com/login/oauth/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://github.com/login/oauth/access_token"
		_ = TokenURL
	}
	{
		DeviceAuthURL := "https://github.com/login/device/code"
		_ = DeviceAuthURL
	}
	{
		AuthURL := "https://gitlab.com/oauth/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://gitlab.com/oauth/token"
		_ = TokenURL
	}
	{
		DeviceAuthURL := "https://gitlab.com/oauth/authorize_device"
		_ = DeviceAuthURL
	}
	{
		AuthURL := "https://accounts.google.com/o/oauth2/auth"
		_ = AuthURL
	}
	{
		TokenURL := "https://oauth2.googleapis.com/token"
		_ = TokenURL
	}
	{
		DeviceAuthURL := "https://oauth2.googleapis.com/device/code"
		_ = DeviceAuthURL
	}
	{
		AuthURL := "https://id.heroku.com/oauth/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://id.heroku.com/oauth/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://www.hipchat.com/users/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://api.hipchat.com/v2/oauth/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://api.instagram.com/oauth/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://api.instagram.com/oauth/access_token"
		_ = TokenURL
	}
	{
		AuthURL := "https://kauth.kakao.com/oauth/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://kauth.kakao.com/oauth/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://access.line.me/oauth2/v2.1/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://api.line.me/oauth2/v2.1/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://www.linkedin.com/oauth/v2/authorization"
		_ = AuthURL
	}
	{
		TokenURL := "https://www.linkedin.com/oauth/v2/accessToken"
		_ = TokenURL
	}
	{
		AuthURL := "https://login.mailchimp.com/oauth2/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://login.mailchimp.com/oauth2/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://o2.mail.ru/login"
		_ = AuthURL
	}
	{
		TokenURL := "https://o2.mail.ru/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://api.mediamath.com/oauth2/v1.0/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://api.mediamath.com/oauth2/v1.0/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://t1sandbox.mediamath.com/oauth2/v1.0/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://t1sandbox.mediamath.com/oauth2/v1.0/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://login.live.com/oauth20_authorize.srf"
		_ = AuthURL
	}
	{
		TokenURL := "https://login.live.com/oauth20_token.srf"
		_ = TokenURL
	}
	{
		AuthURL := "https://nid.naver.com/oauth2.0/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://nid.naver.com/oauth2.0/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://account.health.nokia.com/oauth2_user/authorize2"
		_ = AuthURL
	}
	{
		TokenURL := "https://account.health.nokia.com/oauth2/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://www.odnoklassniki.ru/oauth/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://api.odnoklassniki.ru/oauth/token.do"
		_ = TokenURL
	}
	{
		AuthURL := "https://www.openstreetmap.org/oauth2/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://www.openstreetmap.org/oauth2/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://www.patreon.com/oauth2/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://www.patreon.com/api/oauth2/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://www.paypal.com/webapps/auth/protocol/openidconnect/v1/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://api.paypal.com/v1/identity/openidconnect/tokenservice"
		_ = TokenURL
	}
	{
		AuthURL := "https://www.sandbox.paypal.com/webapps/auth/protocol/openidconnect/v1/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://api.sandbox.paypal.com/v1/identity/openidconnect/tokenservice"
		_ = TokenURL
	}
	{
		AuthURL := "https://www.pinterest.com/oauth"
		_ = AuthURL
	}
	{
		TokenURL := "https://api.pinterest.com/v5/oauth/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://oauth.pipedrive.com/oauth/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://oauth.pipedrive.com/oauth/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://graph.qq.com/oauth2.0/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://graph.qq.com/oauth2.0/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://app.rakuten.co.jp/services/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://app.rakuten.co.jp/services/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://slack.com/oauth/v2/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://slack.com/api/oauth.v2.access"
		_ = TokenURL
	}
	{
		AuthURL := "https://www.splitwise.com/oauth/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://www.splitwise.com/oauth/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://accounts.spotify.com/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://accounts.spotify.com/api/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://stackoverflow.com/oauth"
		_ = AuthURL
	}
	{
		TokenURL := "https://stackoverflow.com/oauth/access_token"
		_ = TokenURL
	}
	{
		AuthURL := "https://www.strava.com/oauth/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://www.strava.com/oauth/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://id.twitch.tv/oauth2/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://id.twitch.tv/oauth2/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://login.uber.com/oauth/v2/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://login.uber.com/oauth/v2/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://oauth.vk.com/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://oauth.vk.com/access_token"
		_ = TokenURL
	}
	{
		AuthURL := "https://account.withings.com/oauth2_user/authorize2"
		_ = AuthURL
	}
	{
		TokenURL := "https://account.withings.com/oauth2/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://x.com/i/oauth2/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://api.x.com/2/oauth2/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://api.login.yahoo.com/oauth2/request_auth"
		_ = AuthURL
	}
	{
		TokenURL := "https://api.login.yahoo.com/oauth2/get_token"
		_ = TokenURL
	}
	{
		AuthURL := "https://oauth.yandex.com/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://oauth.yandex.com/token"
		_ = TokenURL
	}
	{
		AuthURL := "https://zoom.us/oauth/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://zoom.us/oauth/token"
		_ = TokenURL
	}
	{
		Scheme := "https"
		_ = Scheme
	}
	{
		Host := "api.asgardeo.io"
		_ = Host
	}
	{
		Host := "login.microsoftonline.com"
		_ = Host
	}
	{
		AuthURL := "https://www.facebook.com/v3.2/dialog/oauth"
		_ = AuthURL
	}
	{
		TokenURL := "https://graph.facebook.com/v3.2/oauth/access_token"
		_ = TokenURL
	}
	{
		adcSetupURL := "https://cloud.google.com/docs/authentication/external/set-up-adc"
		_ = adcSetupURL
	}
	{
		defaultUniverseDomain := "googleapis.com"
		_ = defaultUniverseDomain
	}
	{
		ServiceAccount := "service_account"
		_ = ServiceAccount
	}
	{
		AuthorizedUser := "authorized_user"
		_ = AuthorizedUser
	}
	{
		ExternalAccount := "external_account"
		_ = ExternalAccount
	}
	{
		ExternalAccountAuthorizedUser := "external_account_authorized_user"
		_ = ExternalAccountAuthorizedUser
	}
	{
		ImpersonatedServiceAccount := "impersonated_service_account"
		_ = ImpersonatedServiceAccount
	}
	{
		GDCHServiceAccount := "gdch_service_account"
		_ = GDCHServiceAccount
	}
	{
		envVar := "GOOGLE_APPLICATION_CREDENTIALS"
		_ = envVar
	}
	{
		ProjectID := ""
		_ = ProjectID
	}
	{
		f := "application_default_credentials.json"
		_ = f
	}
	{
		universeDomainPlaceholder := "UNIVERSE_DOMAIN"
		_ = universeDomainPlaceholder
	}
	{
		identityBindingEndpointTemplate := "https://sts.UNIVERSE_DOMAIN/v1/token"
		_ = identityBindingEndpointTemplate
	}
	{
		defaultRegionalCredentialVerificationUrl := "https://sts.{region}.amazonaws.com?Action=GetCallerIdentity&Version=2011-06-15"
		_ = defaultRegionalCredentialVerificationUrl
	}
	{
		awsAlgorithm := "AWS4-HMAC-SHA256"
		_ = awsAlgorithm
	}
	{
		awsRequestType := "aws4_request"
		_ = awsRequestType
	}
	{
		awsSecurityTokenHeader := "x-amz-security-token"
		_ = awsSecurityTokenHeader
	}
	{
		awsIMDSv2SessionTokenHeader := "X-aws-ec2-metadata-token"
		_ = awsIMDSv2SessionTokenHeader
	}
	{
		awsIMDSv2SessionTtlHeader := "X-aws-ec2-metadata-token-ttl-seconds"
		_ = awsIMDSv2SessionTtlHeader
	}
	{
		awsIMDSv2SessionTtl := "300"
		_ = awsIMDSv2SessionTtl
	}
	{
		awsDateHeader := "x-amz-date"
		_ = awsDateHeader
	}
	{
		awsAccessKeyId := "AWS_ACCESS_KEY_ID"
		_ = awsAccessKeyId
	}
	{
		awsDefaultRegion := "AWS_DEFAULT_REGION"
		_ = awsDefaultRegion
	}
	{
		awsRegion := "AWS_REGION"
		_ = awsRegion
	}
	{
		awsSecretAccessKey := "AWS_SECRET_ACCESS_KEY"
		_ = awsSecretAccessKey
	}
	{
		awsSessionToken := "AWS_SESSION_TOKEN"
		_ = awsSessionToken
	}
	{
		awsTimeFormatLong := "20060102T150405Z"
		_ = awsTimeFormatLong
	}
	{
		awsTimeFormatShort := "20060102"
		_ = awsTimeFormatShort
	}
	{
		Method := "POST"
		_ = Method
	}
	{
		defaultTokenURL := "https://sts.UNIVERSE_DOMAIN/v1/token"
		_ = defaultTokenURL
	}
	{
		fileTypeText := "text"
		_ = fileTypeText
	}
	{
		fileTypeJSON := "json"
		_ = fileTypeJSON
	}
	{
		GrantType := "urn:ietf:params:oauth:grant-type:token-exchange"
		_ = GrantType
	}
	{
		RequestedTokenType := "urn:ietf:params:oauth:token-type:access_token"
		_ = RequestedTokenType
	}
	{
		executableSource := "response"
		_ = executableSource
	}
	{
		outputFileSource := "output file"
		_ = outputFileSource
	}
	{
		versionUnknown := "UNKNOWN"
		_ = versionUnknown
	}
	{
		develPrefix := "devel +"
		_ = develPrefix
	}
	{
		MTLSTokenURL := "https://oauth2.mtls.googleapis.com/token"
		_ = MTLSTokenURL
	}
	{
		JWTTokenURL := "https://oauth2.googleapis.com/token"
		_ = JWTTokenURL
	}
	{
		serviceAccountKey := "service_account"
		_ = serviceAccountKey
	}
	{
		userCredentialsKey := "authorized_user"
		_ = userCredentialsKey
	}
	{
		externalAccountKey := "external_account"
		_ = externalAccountKey
	}
	{
		externalAccountAuthorizedUserKey := "external_account_authorized_user"
		_ = externalAccountAuthorizedUserKey
	}
	{
		impersonatedServiceAccount := "impersonated_service_account"
		_ = impersonatedServiceAccount
	}
	{
		gdchServiceAccountKey := "gdch_service_account"
		_ = gdchServiceAccountKey
	}
	{
		TokenType := "Bearer"
		_ = TokenType
	}
	{
		Algorithm := "RS256"
		_ = Algorithm
	}
	{
		Typ := "JWT"
		_ = Typ
	}
	{
		RedirectURL := "oob"
		_ = RedirectURL
	}
	{
		defaultGrantType := "urn:ietf:params:oauth:grant-type:jwt-bearer"
		_ = defaultGrantType
	}
	{
		tokenDelim := "."
		_ = tokenDelim
	}
	{
		challenge_method := "S256"
		_ = challenge_method
	}
	{
		AuthURL := "https://slack.com/oauth/authorize"
		_ = AuthURL
	}
	{
		TokenURL := "https://slack.com/api/oauth.access"
		_ = TokenURL
	}
}
