<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AclEditor</name>
    <message numerus="yes">
        <source>ACL set on %Ln node(s)…</source>
        <translation>
            <numerusform>ACL set on %Ln node…</numerusform>
            <numerusform>ACL set on %Ln nodes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AclWriter</name>
    <message numerus="yes">
        <source>ACL set on %Ln node(s) under {0}.</source>
        <translation>
            <numerusform>ACL set on %Ln node under {0}.</numerusform>
            <numerusform>ACL set on %Ln nodes under {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s) could not be changed, e.g. {0}</source>
        <translation>
            <numerusform>%Ln node could not be changed: {0}</numerusform>
            <numerusform>%Ln nodes could not be changed, e.g. {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message numerus="yes">
        <source>%n node(s) could not be read (hover for the list).</source>
        <translation>
            <numerusform>%n node could not be read (hover for the list).</numerusform>
            <numerusform>%n nodes could not be read (hover for the list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) compared</source>
        <translation>
            <numerusform>%n node compared</numerusform>
            <numerusform>%n nodes compared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n node(s) of the target (%1, %2) so they are as in the source:</source>
        <translation>
            <numerusform>Change %n node of the target (%1, %2) so they are as in the source:</numerusform>
            <numerusform>Change %n nodes of the target (%1, %2) so they are as in the source:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• create %n node(s) only the source has</source>
        <translation>
            <numerusform>• create %n node only the source has</numerusform>
            <numerusform>• create %n nodes only the source has</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• delete %n node(s) only the target has, with their subtrees</source>
        <translation>
            <numerusform>• delete %n node only the target has, with its subtree</numerusform>
            <numerusform>• delete %n nodes only the target has, with their subtrees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• set the data of %n node(s)</source>
        <translation>
            <numerusform>• set the data of %n node</numerusform>
            <numerusform>• set the data of %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• set the ACL of %n node(s)</source>
        <translation>
            <numerusform>• set the ACL of %n node</numerusform>
            <numerusform>• set the ACL of %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyJob</name>
    <message numerus="yes">
        <source>%n node(s) cannot be read with your credentials and will not be copied (nor what is under them), e.g. %1.</source>
        <translation>
            <numerusform>%n node cannot be read with your credentials and will not be copied (nor what is under it): %1.</numerusform>
            <numerusform>%n nodes cannot be read with your credentials and will not be copied (nor what is under them), e.g. %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteNodeDialog</name>
    <message numerus="yes">
        <source>Delete these %Ln node(s) and everything under them?</source>
        <translation>
            <numerusform>Delete this node and everything under it?</numerusform>
            <numerusform>Delete these %Ln nodes and everything under them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s) will be deleted</source>
        <translation>
            <numerusform>%Ln node will be deleted</numerusform>
            <numerusform>%Ln nodes will be deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} and its %Ln descendant(s).</source>
        <translation>
            <numerusform>{0}: {1} and its %Ln descendant.</numerusform>
            <numerusform>{0}: {1} and its %Ln descendants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: the %Ln selected node(s).</source>
        <translation>
            <numerusform>{0}: the selected node.</numerusform>
            <numerusform>{0}: the %Ln selected nodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: the {1} selected nodes and their %Ln descendant(s).</source>
        <translation>
            <numerusform>{0}: the {1} selected nodes and %Ln descendant.</numerusform>
            <numerusform>{0}: the {1} selected nodes and their %Ln descendants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message numerus="yes">
        <source>%Ln line(s) only in %1</source>
        <translation>
            <numerusform>%Ln line only in %1</numerusform>
            <numerusform>%Ln lines only in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) only on the server</source>
        <translation>
            <numerusform>%Ln line only on the server</numerusform>
            <numerusform>%Ln lines only on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) only in your text</source>
        <translation>
            <numerusform>%Ln line only in your text</numerusform>
            <numerusform>%Ln lines only in your text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventLogPanel</name>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>Copied %n row</numerusform>
            <numerusform>Copied %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message numerus="yes">
        <source>%n node(s) written to %1</source>
        <translation>
            <numerusform>%n node written to %1</numerusform>
            <numerusform>%n nodes written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ephemeral node(s) are in the file, marked as ephemeral.</source>
        <translation>
            <numerusform>%n ephemeral node is in the file, marked as ephemeral.</numerusform>
            <numerusform>%n ephemeral nodes are in the file, marked as ephemeral.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>%1: %n value(s) seen while the app is open.</source>
        <translation>
            <numerusform>%1: %n value seen while the app is open.</numerusform>
            <numerusform>%1: %n values seen while the app is open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n node(s) of the file were ephemeral (another client's session owned them):</source>
        <translation>
            <numerusform>%n node of the file was ephemeral (another client's session owned it):</numerusform>
            <numerusform>%n nodes of the file were ephemeral (another client's session owned them):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message numerus="yes">
        <source>%n node(s) of the file are marked container or TTL nodes: they keep their kind where the server allows it.</source>
        <translation>
            <numerusform>%n node of the file is marked a container or TTL node: it keeps its kind where the server allows it.</numerusform>
            <numerusform>%n nodes of the file are marked container or TTL nodes: they keep their kind where the server allows it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) have an ACL whose digest ids were hidden when it was read (no ADMIN permission): they will not be written, e.g. %1.</source>
        <translation>
            <numerusform>%n node has an ACL whose digest ids were hidden when it was read (no ADMIN permission): it will not be written: %1.</numerusform>
            <numerusform>%n nodes have an ACL whose digest ids were hidden when it was read (no ADMIN permission): they will not be written, e.g. %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) would get an ACL that does not let you read or change them afterwards, e.g. %1.</source>
        <translation>
            <numerusform>%n node would get an ACL that does not let you read or change it afterwards: %1.</numerusform>
            <numerusform>%n nodes would get an ACL that does not let you read or change them afterwards, e.g. %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) would get an ACL that does not let you create their children, e.g. %1.</source>
        <translation>
            <numerusform>%n node would get an ACL that does not let you create its children: %1.</numerusform>
            <numerusform>%n nodes would get an ACL that does not let you create their children, e.g. %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) could not be read when the file was made and are not in it.</source>
        <translation>
            <numerusform>%n node could not be read when the file was made and is not in it.</numerusform>
            <numerusform>%n nodes could not be read when the file was made and are not in it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message numerus="yes">
        <source>−%n min</source>
        <translation>
            <numerusform>−%n min</numerusform>
            <numerusform>−%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveJob</name>
    <message numerus="yes">
        <source>%n node(s), in one transaction</source>
        <translation>
            <numerusform>%n node, in one transaction</numerusform>
            <numerusform>%n nodes, in one transaction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s) moved to %2.</source>
        <translation>
            <numerusform>%1 of %n node moved to %2.</numerusform>
            <numerusform>%1 of %n nodes moved to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message numerus="yes">
        <source>Copy these %n nodes and everything under them:</source>
        <translation>
            <numerusform>Copy this %n node and everything under it:</numerusform>
            <numerusform>Copy these %n nodes and everything under them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the copies would land on a node that exists already:</source>
        <translation>
            <numerusform>%n of the copies would land on a node that exists already:</numerusform>
            <numerusform>%n of the copies would land on nodes that exist already:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCounts</name>
    <message numerus="yes">
        <source>%n node(s) exist already with other data or another ACL:</source>
        <translation>
            <numerusform>%n node exists already with other data or another ACL:</numerusform>
            <numerusform>%n nodes exist already with other data or another ACL:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ephemeral node(s) belong to another client's session and cannot be copied as they are:</source>
        <translation>
            <numerusform>%n ephemeral node belongs to another client's session and cannot be copied as it is:</numerusform>
            <numerusform>%n ephemeral nodes belong to another client's session and cannot be copied as they are:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message numerus="yes">
        <source>%n profile(s) written to {0}.</source>
        <translation>
            <numerusform>%n profile written to {0}.</numerusform>
            <numerusform>%n profiles written to {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) in the file have the name of one here:</source>
        <translation>
            <numerusform>%n profile in the file has the name of one here:</numerusform>
            <numerusform>%n profiles in the file have the name of one here:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renamed</source>
        <translation>
            <numerusform>%n renamed</numerusform>
            <numerusform>%n renamed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipeCounts</name>
    <message numerus="yes">
        <source>%n waiting.</source>
        <translation>
            <numerusform>%n waiting.</numerusform>
            <numerusform>%n waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other candidate(s).</source>
        <translation>
            <numerusform>%n other candidate.</numerusform>
            <numerusform>%n other candidates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lease(s) held or asked for; Curator keeps the maximum in its clients.</source>
        <translation>
            <numerusform>%n lease held or asked for; Curator keeps the maximum in its clients.</numerusform>
            <numerusform>%n leases held or asked for; Curator keeps the maximum in its clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n item.</numerusform>
            <numerusform>%n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being processed.</source>
        <translation>
            <numerusform>%n being processed.</numerusform>
            <numerusform>%n being processed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inside.</source>
        <translation>
            <numerusform>%n inside.</numerusform>
            <numerusform>%n inside.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln node</numerusform>
            <numerusform>%Ln nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerMonitor</name>
    <message numerus="yes">
        <source>Asking %n server(s)…</source>
        <translation>
            <numerusform>Asking %n server…</numerusform>
            <numerusform>Asking %n servers…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message numerus="yes">
        <source>Ask every member now (the panel asks every %n s while shown)</source>
        <translation>
            <numerusform>Ask every member now (the panel asks every %n s while shown)</numerusform>
            <numerusform>Ask every member now (the panel asks every %n s while shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubtreeDelete</name>
    <message numerus="yes">
        <source>%Ln node(s) deleted.</source>
        <translation>
            <numerusform>%Ln node deleted.</numerusform>
            <numerusform>%Ln nodes deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more error(s).</source>
        <translation>
            <numerusform>… and %n more error.</numerusform>
            <numerusform>… and %n more errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionBuilder</name>
    <message numerus="yes">
        <source>Committed: all %n operation(s) applied at once.</source>
        <translation>
            <numerusform>Committed: the %n operation was applied.</numerusform>
            <numerusform>Committed: all %n operations applied at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferCounts</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>Paths a report or a question names of one kind (the rest are counted). The file name ending exports get by default (JSON Lines; ".gz" compresses). The answers of the dialogs, as the zk layer names them. A quiet job (a rename typed in the tree) emits ``slow`` if it runs longer than this.</extracomment>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) hold sequential children numbered too far ahead of the count their copy would have (over %2 steps to raise it): new sequential children there would get lower numbers than those entries, e.g. %1.</source>
        <translation>
            <numerusform>%n node holds sequential children numbered too far ahead of the count its copy would have (over %2 steps to raise it): new sequential children there would get lower numbers than those entries, e.g. %1.</numerusform>
            <numerusform>%n nodes hold sequential children numbered too far ahead of the count their copy would have (over %2 steps to raise it): new sequential children there would get lower numbers than those entries, e.g. %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overwritten</source>
        <translation>
            <numerusform>%n overwritten</numerusform>
            <numerusform>%n overwritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (in the way, kept)</source>
        <translation>
            <numerusform>%n skipped (in the way, kept)</numerusform>
            <numerusform>%n skipped (in the way, kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already the same</source>
        <translation>
            <numerusform>%n already the same</numerusform>
            <numerusform>%n already the same</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) not written.</source>
        <translation>
            <numerusform>%n node not written.</numerusform>
            <numerusform>%n nodes not written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferFlows</name>
    <message numerus="yes">
        <source>%n node(s) copied (with their subtrees): paste with Ctrl+V here or in another tab.</source>
        <translation>
            <numerusform>%n node copied (with its subtree): paste with Ctrl+V here or in another tab.</numerusform>
            <numerusform>%n nodes copied (with their subtrees): paste with Ctrl+V here or in another tab.</numerusform>
        </translation>
    </message>
</context>
</TS>