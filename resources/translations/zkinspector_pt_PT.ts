<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About zkinspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fast desktop inspector for Apache ZooKeeper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AclEditor</name>
    <message>
        <source>(your own credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user:base64-sha1 — use Digest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10.0.0.0/8 or 2001:db8::1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name or Kerberos principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the edits and show the ACL loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to &amp;Subtree…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this ACL on the node and on every node below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this ACL to the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prese&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>world:anyone:cdrwa — everybody may do anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth::cdrwa — only your current credentials (needs credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>world:anyone:r — everybody may read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Digest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute a digest id from a user and a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: you may not read {0} or its ACL with the current credentials. Add credentials (Connection ▸ Add Credentials…) to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACL could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node has no ACL entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: you may not read this node&apos;s data; its ACL is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server hides the password hashes of digest entries (&quot;user:x&quot;) from clients without the admin right on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}:{1} is listed twice; keep one entry for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ACL needs at least one entry; a node without any could never be changed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An auth entry (Creator All) needs credentials on this connection (Connection ▸ Add Credentials…); the server refuses it otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACL was edited; Apply writes it to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this ACL you lose the {0} right on {1}: you may not be able to {2} afterwards (as far as zkinspector can tell from your credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read it or change its ACL back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change its ACL back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply ACL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the ACL of {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACL of {0} applied (ACL version {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACL of {0} changed on the server; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this ACL on {0} and on every node below it? Their own ACLs are replaced:
{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply ACL to Subtree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to Subtree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the ACL below {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ACL set on %Ln node(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AclView</name>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and unknown bits 0x{0:x})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AclWriter</name>
    <message>
        <source>change the ACL of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was deleted on the server; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ACL set on %Ln node(s) under {0}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s) could not be changed, e.g. {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not reached (their children cannot be listed): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/zookeeper, the server&apos;s own subtree, was left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed before the ACL write on {0} ended; it may or may not have been applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddAuthDialog</name>
    <message>
        <source>Add Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper&apos;s digest scheme (user:password); other schemes go in the connection&apos;s Authentication field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are added to this connection until it is closed; the tree then shows what they allow. They are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name cannot contain &quot;:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>An unexpected error occurred: {0}: {1}</source>
        <extracomment>Environment variables holding secrets, kept off the command line (other users see it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangedBanner</name>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop your text and show the server&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare your text with the data on the server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s was changed on the server while you were editing. Your text is kept; Show differences compares it with the server&apos;s data, Reload drops it and shows the server&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your edits and load what the server has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace what the server has with your edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node Changed on the Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was changed on the server after you loaded it (you loaded version {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was changed on the server after you loaded it (you loaded version {1}; the server now has version {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload to discard your edits and see the data on the server, or Overwrite to replace it with your edits. Cancel keeps your edits and writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACL Changed on the Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACL of {0} was changed on the server after you loaded it (you loaded ACL version {1}; the server now has version {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload to discard your edits and see the ACL on the server, or Overwrite to replace it with yours. Cancel keeps your edits and writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to ZooKeeper</source>
        <extracomment>Keyring kinds of a profile&apos;s secrets.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ensemble to connect to; recent servers are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. zk1:2181,zk2:2181/chroot (IPv6: [::1]:2181)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session timeout: how long the server keeps the session (and its ephemeral nodes) after losing contact. The server may adjust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. digest:user:password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials as SCHEME:CREDENTIAL, added to the session; never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never change anything on the server; also allows read-only servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember &amp;passwords in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords and credentials go to the system keyring, never to the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring was found: passwords are not saved and are asked for again next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;TLS (secure client port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates (PEM); empty: system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key (PEM); empty: in the certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for an encrypted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server&apos;s &amp;host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate must name the host connected to (DNS name or IP address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;SASL authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. client@EXAMPLE.COM (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More pure-sasl options: name=value, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanism:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} {1} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Saving %s…</source>
        <extracomment>How each state&apos;s text is coloured (assets.style_message_label kinds).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended: connection lost, reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost: the session expired, starting a new one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session expired; a new one was made and the tree re-read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ephemeral nodes this app had created are gone: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s was removed from the tree; your edit is kept (save or revert it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or revert the edit of %s first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it anyway, as text? Programs that read this node may fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %s (version %d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %s credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s credentials added; reading the tree again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of %s was edited and not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateNodeDialog</name>
    <message>
        <source>Create Node</source>
        <extracomment>ACL choices of the create dialog, in the order shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ephemeral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by the server when this connection&apos;s session ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server appends a unique, increasing 10-digit number to the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create missing &amp;parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a relative path such as &quot;a/b/c&quot;; missing nodes are created empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional data, saved as UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open — anyone may do anything (world:anyone:cdrwa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator all — only your credentials (auth::cdrwa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only — anyone may read (world:anyone:r)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may read, change and delete the new node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry a line, scheme:id:permissions, e.g.
ip:10.0.0.0/8:r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ACL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will create:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the new node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node name cannot contain &quot;/&quot;. Tick &quot;Create missing parents&quot; to create a path such as a/b/c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes under /zookeeper are reserved for the server; choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator all needs credentials on this connection: add them with Connection ▸ Add Credentials…, or choose another ACL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACL: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data holds a character that cannot be written as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server appends the next 10-digit counter to the name (such as &quot;0000000001&quot;) and picks the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ephemeral node lives only as long as this connection&apos;s session and cannot have children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing parents are created as persistent nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing parents get the same ACL as the new node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPane</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character set the text views read the bytes with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pretty-print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent the JSON, one member per line (an edit you can undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the whitespace between JSON tokens (an edit you can undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data has unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no permission to read the data of this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node has no data (null).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node&apos;s data is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is not text, so it is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is not valid JSON: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data is not valid {0} text, so the text views cannot show it exactly (another charset may read it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data holds control characters, so only the hex and base64 views keep every byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data mixes line endings (carriage returns), so only the hex and base64 views keep every byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data holds characters the text editor would change, so only the hex and base64 views keep every byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the data as text (plain, JSON, XML or YAML), as hex or as base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hex data is malformed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base64 data is malformed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text cannot be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1} bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not well-formed XML: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid YAML: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data (null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows line endings (CRLF) are kept when saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The byte order mark is kept when saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long to be highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteNodeDialog</name>
    <message>
        <source>Delete Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln node(s) and everything under them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the nodes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root node / cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/zookeeper belongs to the ZooKeeper server itself and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is under /zookeeper, which belongs to the ZooKeeper server, and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These nodes no longer exist; there is nothing to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s) will be deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} and its %Ln descendant(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: the %Ln selected node(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: the {1} selected nodes and their %Ln descendant(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting… {0} deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting… {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Differences — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved text for %s compared with the data on the server now. Lines starting with - are only on the server, + only in your text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences: your text matches the server&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) only on the server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) only in your text</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%s, %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DigestDialog</name>
    <message>
        <source>Digest ACL Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id is what ZooKeeper stores for this user: the password itself is neither kept nor sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name cannot contain &quot;:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>The node was deleted on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s was deleted on the server; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <source>Log</source>
        <extracomment>Lines kept and shown; older ones are dropped (the file keeps everything).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when zkinspector starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size: %s pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zkinspector will be in %s when it starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sandbox ZooKeeper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox ZooKeeper running at %s (stopped when zkinspector quits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeDetails</name>
    <message>
        <source>Stat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyTable</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>/</source>
        <extracomment>The worker sends found nodes to the GUI thread at most this often. Results are sorted when the search ends if there are at most this many.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this node and everything under it (the selected node by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the text is matched against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ephemeral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only nodes of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the text as a Python regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ephemeral sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression, e.g. ^lock-\d+$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in the name, or a glob: lock-*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in the path, or a glob: /app/**/config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in the data, e.g. localhost:2181</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text matches anywhere. With * ? or [ ] it is a glob: * stays within one path segment, ** crosses segments. Empty: every node of the chosen type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: the connection was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Searching… %1 in %2 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find nodes by name, path, data or type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>persistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ephemeral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persistent sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ephemeral sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persistent with TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persistent sequential with TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatView</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubtreeDelete</name>
    <message numerus="yes">
        <source>%Ln node(s) deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still on the server: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more error(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was closed; refresh to see what remains.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreePane</name>
    <message>
        <source>Path of the selected node — type a path and press Enter</source>
        <extracomment>A collapsed node with more children than this is unloaded (memory, server watches).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this tab to a ZooKeeper server or ensemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a connection in a new tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this connection&apos;s tab and end its session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local ZooKeeper with demo data and connect to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticate this session (addauth) to read and change protected nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected node and its children again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a node under the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected nodes with their subtrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the edited data to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the edit and show the data loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected node&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Path…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a path to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;llapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find nodes by name, path, data or type under the selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text at the system&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what zkinspector logs, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About zkinspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZnodeTreeModel</name>
    <message>
        <source>Node</source>
        <extracomment>Rows in the first insert of a large listing, and rows made per event-loop turn after it (about 5 ms of work each), before the rest go in as one insert. Milliseconds between the first batch and the rest: time for the view to paint it. Milliseconds a children watch event waits for others before the node is re-listed: under heavy churn a node is re-listed (and the view repainted) at most this often.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: your credentials do not allow reading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner session: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: %d bytes, version %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find nodes by name, path, data or type under the selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zk.acl</name>
    <message>
        <source>Give at least one permission, such as &quot;r&quot; or &quot;cdrwa&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a permission; use read, write, create, delete or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a permission letter; use c (create), d (delete), r (read), w (write) and a (admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not an IP address; an ip ACL id looks like &quot;10.0.0.1&quot;, &quot;10.0.0.0/8&quot; or &quot;2001:db8::/32&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network mask &quot;/{0}&quot; must be a number of bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network mask /{0} is too long for an IPv{1} address (at most /{2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A digest id must look like &quot;user:hash&quot;, where hash is the base64 SHA-1 digest of user:password (the digest helper computes it from a password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not an ACL scheme; use one of {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The world scheme only has the id &quot;anyone&quot; (world:anyone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} scheme needs an id (scheme:id:permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ACL entry needs at least one permission, such as &quot;r&quot; or &quot;cdrwa&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not an ACL; write it as scheme:id:permissions, for example &quot;world:anyone:cdrwa&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one ACL entry, such as &quot;world:anyone:cdrwa&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zk.acl_ops</name>
    <message>
        <source>setting the ACL of {0}</source>
        <extracomment>set_acls requests kept in flight by apply_acl_tree.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zk.connstr</name>
    <message>
        <source>&quot;{0}&quot; has an empty port; write HOST:PORT or leave out &quot;:PORT&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; has an invalid port &quot;{1}&quot;; a port is a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; has port {1}; a port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name in &quot;{0}&quot; is too long (over 253 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a valid host name (it has an empty part).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a valid host name; use letters, digits, &quot;-&quot; and &quot;.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a valid IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; has &quot;[&quot; without a closing &quot;]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; in &quot;{1}&quot; is not a valid IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot;: only &quot;:PORT&quot; may follow the &quot;]&quot; of an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write IPv6 addresses in brackets, e.g. &quot;[{0}]:{1}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; has no host name before the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a server, e.g. localhost:2181.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one server before the chroot, e.g. localhost:2181/app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server list has an empty entry (two commas, or a stray &quot;,&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; contains a space; separate servers with &quot;,&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid chroot: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the credential as SCHEME:CREDENTIAL, e.g. &quot;digest:user:password&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication scheme is missing before &quot;:&quot; (e.g. &quot;digest&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a valid authentication scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential after &quot;{0}:&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A digest credential is &quot;user:password&quot;, e.g. &quot;digest:alice:secret&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a supported SASL mechanism; use {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SASL DIGEST-MD5 needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SASL DIGEST-MD5 needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the SASL mechanism in its own field, not as an option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not an option; write name=value, e.g. service=zookeeper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session timeout must be more than 0 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client key needs its client certificate too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server&apos;s host name needs its certificate to be verified too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zk.errors</name>
    <message>
        <source>The node {0} does not exist (it may have been deleted by another client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node does not exist (it may have been deleted by another client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node {0} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node with that name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has children; delete them first (or delete the whole subtree).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node has children; delete them first (or delete the whole subtree).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do this on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to {0} {1}: its ACL does not grant this to your credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this: the node&apos;s ACL does not grant it to your credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was changed on the server since it was loaded; reload it before saving again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node was changed on the server since it was loaded; reload it before saving again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ephemeral nodes cannot have children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the ACL: it is invalid, or it uses the auth scheme while this connection has no credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the credentials (authentication failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is closed; connect again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZooKeeper session expired; its ephemeral nodes and watches are gone. A new session is being made; try again once connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost before the answer arrived; the operation may or may not have been applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request for {0} as invalid (bad arguments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request as invalid (bad arguments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction was rolled back: another operation in it failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be encoded or decoded (is the data too large?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quota on {0} or one of its parents would be exceeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quota on the node or one of its parents would be exceeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is in read-only mode and cannot make changes now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support this operation (it may be an older version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the ZooKeeper client is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper error for {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper error: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper client error: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown host: the server name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection; check that ZooKeeper is running on that host and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not access {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not access it: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zk.paths</name>
    <message>
        <source>a NUL character (U+0000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character (U+{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character outside the Basic Multilingual Plane ({0}, U+{1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unpaired surrogate (U+{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private-use character (U+{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character U+{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path cannot contain {0}; ZooKeeper does not allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node name cannot contain {0}; ZooKeeper does not allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node name must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node name cannot contain &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node name cannot be &quot;{0}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is empty; a path starts with /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path &quot;{0}&quot; must start with &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path &quot;{0}&quot; cannot end with &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path &quot;{0}&quot; has an empty node name (&quot;//&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path &quot;{0}&quot; cannot contain a &quot;{1}&quot; node name; ZooKeeper paths are always absolute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; cannot start with &quot;/&quot;: give a name relative to the parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; cannot end with &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; has an empty node name (&quot;//&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zk.sandbox</name>
    <message>
        <source>sandbox was stopped while starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the sandbox: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zk.search</name>
    <message>
        <source>Invalid regular expression: {0} at position {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid regular expression: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid pattern: {0} at position {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid pattern: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot contain &apos;/&apos;: search the Path field instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown node type {0!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown search field {0!r}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zk.server</name>
    <message>
        <source>Java not found: install a Java runtime (apt-get install default-jre-headless) or set JAVA_HOME (JAVA_HOME={0} has no bin/java)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Java not found: install a Java runtime (apt-get install default-jre-headless) or set JAVA_HOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper jars not found: apt-get install zookeeper, or set ZOOKEEPER_HOME to an unpacked Apache ZooKeeper release (ZOOKEEPER_HOME={0} holds no zookeeper jar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper jars not found: apt-get install zookeeper, or set ZOOKEEPER_HOME to an unpacked Apache ZooKeeper release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zk.server_info</name>
    <message>
        <source>The server does not say its version (srvr: {0}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zk.session</name>
    <message>
        <source>Not connected to a ZooKeeper server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection is read-only: nothing is written to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown host: {0} could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chroot {0} does not exist on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} accepts connections but the TLS handshake failed ({1}); check that the server has TLS on that port (secureClientPort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} accepts connections but did not start a session (is it a ZooKeeper client port? does it expect TLS?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect within {0} s: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zk.stat</name>
    <message>
        <source>Transaction id that created the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction id that last changed the node&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction id that last changed the node&apos;s children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of changes to the node&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of changes to the node&apos;s children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of changes to the node&apos;s ACL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ms since the epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ms since the epoch ({1} UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (epoch {1}, counter {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (persistent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ephemeral: no session owns this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (container)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container node: the server deletes it once empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (TTL {1} ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TTL node: deleted once empty for {0} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session that owns this ephemeral node ({0} in decimal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (local time): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified (local time): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the node&apos;s data: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zk.writes</name>
    <message>
        <source>saving {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped while creating a sequential node under {0}; the server may or may not have created it. Look for children named &quot;{1}&quot; followed by ten digits before creating it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped while {0} and did not come back in time; the server may or may not have applied it. Check the node before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
