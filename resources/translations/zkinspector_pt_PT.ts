<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About zkinspector</source>
        <translation>Acerca do zkinspector</translation>
    </message>
    <message>
        <source>A fast desktop inspector for Apache ZooKeeper.</source>
        <translation>Um inspetor rápido para o Apache ZooKeeper.</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sem ligação</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>a perguntar…</translation>
    </message>
    <message>
        <source>unknown: %s</source>
        <translation>desconhecida: %s</translation>
    </message>
    <message>
        <source>ZooKeeper server</source>
        <translation>Servidor ZooKeeper</translation>
    </message>
</context>
<context>
    <name>AclEditor</name>
    <message>
        <source>(your own credentials)</source>
        <translation>(as suas credenciais)</translation>
    </message>
    <message>
        <source>user:base64-sha1 — use Digest…</source>
        <translation>utilizador:base64-sha1 — use Digest…</translation>
    </message>
    <message>
        <source>10.0.0.0/8 or 2001:db8::1</source>
        <translation>10.0.0.0/8 ou 2001:db8::1</translation>
    </message>
    <message>
        <source>user name or Kerberos principal</source>
        <translation>nome de utilizador ou principal Kerberos</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;verter</translation>
    </message>
    <message>
        <source>Drop the edits and show the ACL loaded</source>
        <translation>Descartar as alterações e mostrar a ACL carregada</translation>
    </message>
    <message>
        <source>Apply to &amp;Subtree…</source>
        <translation>Aplicar à &amp;subárvore…</translation>
    </message>
    <message>
        <source>Set this ACL on the node and on every node below it</source>
        <translation>Definir esta ACL no nó e em todos os nós abaixo dele</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>Write this ACL to the node</source>
        <translation>Escrever esta ACL no nó</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Adicionar uma entrada</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Remove the selected entries</source>
        <translation>Remover as entradas selecionadas</translation>
    </message>
    <message>
        <source>Prese&amp;ts</source>
        <translation>Prede&amp;finições</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>world:anyone:cdrwa — everybody may do anything</source>
        <translation>world:anyone:cdrwa — todos podem fazer tudo</translation>
    </message>
    <message>
        <source>Creator All</source>
        <translation>Tudo para o criador</translation>
    </message>
    <message>
        <source>auth::cdrwa — only your current credentials (needs credentials)</source>
        <translation>auth::cdrwa — só as suas credenciais atuais (precisa de credenciais)</translation>
    </message>
    <message>
        <source>Read Only</source>
        <translation>Só leitura</translation>
    </message>
    <message>
        <source>world:anyone:r — everybody may read</source>
        <translation>world:anyone:r — todos podem ler</translation>
    </message>
    <message>
        <source>&amp;Digest…</source>
        <translation>&amp;Digest…</translation>
    </message>
    <message>
        <source>Compute a digest id from a user and a password</source>
        <translation>Calcular um id digest a partir de um utilizador e de uma palavra-passe</translation>
    </message>
    <message>
        <source>S&amp;cheme:</source>
        <translation>&amp;Esquema:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>Rights:</source>
        <translation>Direitos:</translation>
    </message>
    <message>
        <source>Locked: you may not read {0} or its ACL with the current credentials. Add credentials (Connection ▸ Add Credentials…) to see it.</source>
        <translation>Bloqueado: com as credenciais atuais não pode ler {0} nem a sua ACL. Adicione credenciais (Ligação ▸ Adicionar credenciais…) para o ver.</translation>
    </message>
    <message>
        <source>The ACL could not be read.</source>
        <translation>Não foi possível ler a ACL.</translation>
    </message>
    <message>
        <source>This node has no ACL entries.</source>
        <translation>Este nó não tem entradas na ACL.</translation>
    </message>
    <message>
        <source>Locked: you may not read this node's data; its ACL is shown.</source>
        <translation>Bloqueado: não pode ler os dados deste nó; é mostrada a sua ACL.</translation>
    </message>
    <message>
        <source>The server hides the password hashes of digest entries ("user:x") from clients without the admin right on the node.</source>
        <translation>O servidor esconde os hashes das palavras-passe das entradas digest ("user:x") aos clientes sem o direito admin no nó.</translation>
    </message>
    <message>
        <source>{0}:{1} is listed twice; keep one entry for it.</source>
        <translation>{0}:{1} aparece duas vezes; mantenha só uma entrada.</translation>
    </message>
    <message>
        <source>Entry {0}: {1}</source>
        <translation>Entrada {0}: {1}</translation>
    </message>
    <message>
        <source>An ACL needs at least one entry; a node without any could never be changed again.</source>
        <translation>Uma ACL precisa de pelo menos uma entrada; um nó sem nenhuma nunca mais poderia ser alterado.</translation>
    </message>
    <message>
        <source>An auth entry (Creator All) needs credentials on this connection (Connection ▸ Add Credentials…); the server refuses it otherwise.</source>
        <translation>Uma entrada auth (Tudo para o criador) precisa de credenciais nesta ligação (Ligação ▸ Adicionar credenciais…); caso contrário, o servidor recusa-a.</translation>
    </message>
    <message>
        <source>The ACL was edited; Apply writes it to the server.</source>
        <translation>A ACL foi alterada; Aplicar escreve-a no servidor.</translation>
    </message>
    <message>
        <source>With this ACL you lose the {0} right on {1}: you may not be able to {2} afterwards (as far as zkinspector can tell from your credentials).</source>
        <translation>Com esta ACL perde o direito {0} sobre {1}: depois poderá não conseguir {2} (tanto quanto o zkinspector consegue saber pelas suas credenciais).</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>read it or change its ACL back</source>
        <translation>lê-lo nem repor a sua ACL</translation>
    </message>
    <message>
        <source>read it</source>
        <translation>lê-lo</translation>
    </message>
    <message>
        <source>change its ACL back</source>
        <translation>repor a sua ACL</translation>
    </message>
    <message>
        <source>Apply ACL</source>
        <translation>Aplicar a ACL</translation>
    </message>
    <message>
        <source>Apply Anyway</source>
        <translation>Aplicar mesmo assim</translation>
    </message>
    <message>
        <source>Applying the ACL of {0}…</source>
        <translation>A aplicar a ACL de {0}…</translation>
    </message>
    <message>
        <source>ACL of {0} applied (ACL version {1}).</source>
        <translation>ACL de {0} aplicada (versão da ACL {1}).</translation>
    </message>
    <message>
        <source>The ACL of {0} changed on the server; nothing was written.</source>
        <translation>A ACL de {0} mudou no servidor; nada foi escrito.</translation>
    </message>
    <message>
        <source>Set this ACL on {0} and on every node below it? Their own ACLs are replaced:
{1}</source>
        <translation>Definir esta ACL em {0} e em todos os nós abaixo dele? As ACL de cada um são substituídas:
{1}</translation>
    </message>
    <message>
        <source>Apply ACL to Subtree</source>
        <translation>Aplicar a ACL à subárvore</translation>
    </message>
    <message>
        <source>Apply to Subtree</source>
        <translation>Aplicar à subárvore</translation>
    </message>
    <message>
        <source>Setting the ACL below {0}…</source>
        <translation>A definir a ACL abaixo de {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
    <message numerus="yes">
        <source>ACL set on %Ln node(s)…</source>
        <translation>
            <numerusform>ACL definida em %Ln nó…</numerusform>
            <numerusform>ACL definida em %Ln nós…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AclView</name>
    <message>
        <source>Scheme</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissões</translation>
    </message>
    <message>
        <source>read</source>
        <translation>ler</translation>
    </message>
    <message>
        <source>write</source>
        <translation>escrever</translation>
    </message>
    <message>
        <source>create</source>
        <translation>criar</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>eliminar</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source> (and unknown bits 0x{0:x})</source>
        <translation> (e bits desconhecidos 0x{0:x})</translation>
    </message>
</context>
<context>
    <name>AclWriter</name>
    <message>
        <source>change the ACL of</source>
        <translation>alterar a ACL de</translation>
    </message>
    <message>
        <source>{0} was deleted on the server; nothing was written.</source>
        <translation>{0} foi eliminado no servidor; nada foi escrito.</translation>
    </message>
    <message numerus="yes">
        <source>ACL set on %Ln node(s) under {0}.</source>
        <translation>
            <numerusform>ACL definida em %Ln nó sob {0}.</numerusform>
            <numerusform>ACL definida em %Ln nós sob {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before the end.</source>
        <translation>Cancelado antes do fim.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s) could not be changed, e.g. {0}</source>
        <translation>
            <numerusform>Não foi possível alterar %Ln nó: {0}</numerusform>
            <numerusform>Não foi possível alterar %Ln nós, p. ex.: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reached (their children cannot be listed): {0}</source>
        <translation>Não alcançados (não é possível listar os seus filhos): {0}</translation>
    </message>
    <message>
        <source>/zookeeper, the server's own subtree, was left alone.</source>
        <translation>/zookeeper, a subárvore do próprio servidor, não foi tocada.</translation>
    </message>
    <message>
        <source>The connection closed before the ACL write on {0} ended; it may or may not have been applied.</source>
        <translation>A ligação fechou antes de terminar a escrita da ACL em {0}; pode ou não ter sido aplicada.</translation>
    </message>
</context>
<context>
    <name>AddAuthDialog</name>
    <message>
        <source>Add Credentials</source>
        <translation>Adicionar credenciais</translation>
    </message>
    <message>
        <source>ZooKeeper's digest scheme (user:password); other schemes go in the connection's Authentication field</source>
        <translation>O esquema digest do ZooKeeper (utilizador:palavra-passe); os outros esquemas vão no campo Autenticação da ligação</translation>
    </message>
    <message>
        <source>The credentials are added to this connection until it is closed; the tree then shows what they allow. They are not saved.</source>
        <translation>As credenciais são acrescentadas a esta ligação até ser fechada; a árvore mostra então o que elas permitem. Não são guardadas.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>&amp;Esquema:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizador:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Palavra-passe:</translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation>&amp;Credencial:</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Introduza um nome de utilizador.</translation>
    </message>
    <message>
        <source>A user name cannot contain ":".</source>
        <translation>Um nome de utilizador não pode conter ":".</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>An unexpected error occurred: {0}: {1}</source>
        <translation>Ocorreu um erro inesperado: {0}: {1}</translation>
    </message>
    <message>
        <source>Log file: {0}</source>
        <translation>Ficheiro de registo: {0}</translation>
    </message>
</context>
<context>
    <name>ChangedBanner</name>
    <message>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <source>Drop your text and show the server's data</source>
        <translation>Descartar o seu texto e mostrar os dados do servidor</translation>
    </message>
    <message>
        <source>Show differences</source>
        <translation>Mostrar diferenças</translation>
    </message>
    <message>
        <source>Compare your text with the data on the server now</source>
        <translation>Comparar o seu texto com os dados que estão agora no servidor</translation>
    </message>
    <message>
        <source>%s was changed on the server while you were editing. Your text is kept; Show differences compares it with the server's data, Reload drops it and shows the server's data.</source>
        <translation>%s foi alterado no servidor enquanto o editava. O seu texto foi mantido; Mostrar diferenças compara-o com os dados do servidor, Recarregar descarta-o e mostra os dados do servidor.</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>When a node exists already with other data or ACL:</source>
        <translation>Quando um nó já existe com outros dados ou outra ACL:</translation>
    </message>
    <message>
        <source>Skip it: keep what the server holds</source>
        <translation>Saltá-lo: manter o que o servidor tem</translation>
    </message>
    <message>
        <source>Overwrite its data and ACL</source>
        <translation>Substituir os seus dados e a ACL</translation>
    </message>
    <message>
        <source>Stop: write nothing if any node is in the way</source>
        <translation>Parar: não escrever nada se algum nó estiver no caminho</translation>
    </message>
    <message>
        <source>Copy them as persistent nodes (the originals stay as they are)</source>
        <translation>Copiá-los como nós persistentes (os originais ficam como estão)</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Saltá-los</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Em fila</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebidos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Last op</source>
        <translation>Última op.</translation>
    </message>
    <message>
        <source>Latency min/avg/max</source>
        <translation>Latência mín./méd./máx.</translation>
    </message>
    <message>
        <source>No session: a four-letter-word probe or a connection being made</source>
        <translation>Sem sessão: uma sonda de palavra de quatro letras ou uma ligação a ser estabelecida</translation>
    </message>
    <message>
        <source> (this app)</source>
        <translation> (esta aplicação)</translation>
    </message>
    <message>
        <source> (this panel's probe)</source>
        <translation> (a sonda deste painel)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Subtrees</source>
        <translation>Comparar subárvores</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Every node under each path is compared: names, data and ACL. “Make the target like the source” changes only the target.</source>
        <translation>Todos os nós sob cada caminho são comparados: nomes, dados e ACL. «Tornar o destino igual à origem» só altera o destino.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Ligação:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Caminho:</translation>
    </message>
    <message>
        <source>Pick two separate subtrees: one of these paths holds the other.</source>
        <translation>Escolha duas subárvores separadas: um destes caminhos contém o outro.</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Compare two subtrees: Transfer &gt; Compare Subtrees…</source>
        <translation>Comparar duas subárvores: Transferir &gt; Comparar subárvores…</translation>
    </message>
    <message>
        <source>Compare &amp;Again</source>
        <translation>Comparar &amp;de novo</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>&amp;Data Difference…</source>
        <translation>Diferença dos &amp;dados…</translation>
    </message>
    <message>
        <source>Make Target Like Source: &amp;Selected…</source>
        <translation>Tornar o destino igual à origem: &amp;selecionados…</translation>
    </message>
    <message>
        <source>Make Target Like Source: A&amp;ll…</source>
        <translation>Tornar o destino igual à origem: &amp;todos…</translation>
    </message>
    <message>
        <source>Source: %s  %s   →   Target: %s  %s</source>
        <translation>Origem: %s  %s   →   Destino: %s  %s</translation>
    </message>
    <message>
        <source>A side's connection is closed.</source>
        <translation>A ligação de um dos lados está fechada.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>A comparar…</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) could not be read (hover for the list).</source>
        <translation>
            <numerusform>%n nó não pôde ser lido (passe o rato para ver a lista).</numerusform>
            <numerusform>%n nós não puderam ser lidos (passe o rato para ver a lista).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) compared</source>
        <translation>
            <numerusform>%n nó comparado</numerusform>
            <numerusform>%n nós comparados</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing… %1 so far, %2</source>
        <translation>A comparar… %1 até agora, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n diferença</numerusform>
            <numerusform>%n diferenças</numerusform>
        </translation>
    </message>
    <message>
        <source>The two subtrees are the same (%s).</source>
        <translation>As duas subárvores são iguais (%s).</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (parado)</translation>
    </message>
    <message>
        <source>target %s</source>
        <translation>destino %s</translation>
    </message>
    <message>
        <source>source %s</source>
        <translation>origem %s</translation>
    </message>
    <message>
        <source>The data of %s in the target compared with %s in the source. Lines starting with - are only in the target, + only in the source.</source>
        <translation>Os dados de %s no destino comparados com %s na origem. As linhas que começam por - só existem no destino, as que começam por + só na origem.</translation>
    </message>
    <message>
        <source>Make Target Like Source</source>
        <translation>Tornar o destino igual à origem</translation>
    </message>
    <message>
        <source>&amp;Change the Target</source>
        <translation>&amp;Alterar o destino</translation>
    </message>
    <message>
        <source>The target's connection is read-only: nothing is written.</source>
        <translation>A ligação do destino é só de leitura: nada é escrito.</translation>
    </message>
    <message>
        <source>Changing the target…</source>
        <translation>A alterar o destino…</translation>
    </message>
    <message numerus="yes">
        <source>Change %n node(s) of the target (%1, %2) so they are as in the source:</source>
        <translation>
            <numerusform>Alterar %n nó do destino (%1, %2) para ficar como na origem:</numerusform>
            <numerusform>Alterar %n nós do destino (%1, %2) para ficarem como na origem:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• create %n node(s) only the source has</source>
        <translation>
            <numerusform>• criar %n nó que só a origem tem</numerusform>
            <numerusform>• criar %n nós que só a origem tem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• delete %n node(s) only the target has, with their subtrees</source>
        <translation>
            <numerusform>• eliminar %n nó que só o destino tem, com a sua subárvore</numerusform>
            <numerusform>• eliminar %n nós que só o destino tem, com as suas subárvores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• set the data of %n node(s)</source>
        <translation>
            <numerusform>• escrever os dados de %n nó</numerusform>
            <numerusform>• escrever os dados de %n nós</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• set the ACL of %n node(s)</source>
        <translation>
            <numerusform>• definir a ACL de %n nó</numerusform>
            <numerusform>• definir a ACL de %n nós</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the target changes. Deleted nodes cannot be brought back.</source>
        <translation>Só o destino muda. Os nós eliminados não podem ser recuperados.</translation>
    </message>
</context>
<context>
    <name>CompareRun</name>
    <message>
        <source>A connection was closed; the comparison stopped.</source>
        <translation>Uma ligação foi fechada; a comparação parou.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Substituir</translation>
    </message>
    <message>
        <source>Discard your edits and load what the server has</source>
        <translation>Descartar as suas alterações e carregar o que o servidor tem</translation>
    </message>
    <message>
        <source>Replace what the server has with your edits</source>
        <translation>Substituir o que o servidor tem pelas suas alterações</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Node Changed on the Server</source>
        <translation>Nó alterado no servidor</translation>
    </message>
    <message>
        <source>{0} was changed on the server after you loaded it (you loaded version {1}).</source>
        <translation>{0} foi alterado no servidor depois de o carregar (carregou a versão {1}).</translation>
    </message>
    <message>
        <source>{0} was changed on the server after you loaded it (you loaded version {1}; the server now has version {2}).</source>
        <translation>{0} foi alterado no servidor depois de o carregar (carregou a versão {1}; o servidor tem agora a versão {2}).</translation>
    </message>
    <message>
        <source>Reload to discard your edits and see the data on the server, or Overwrite to replace it with your edits. Cancel keeps your edits and writes nothing.</source>
        <translation>Recarregar descarta as suas alterações e mostra os dados do servidor; Substituir troca-os pelas suas alterações. Cancelar mantém as suas alterações e não escreve nada.</translation>
    </message>
    <message>
        <source>ACL Changed on the Server</source>
        <translation>ACL alterada no servidor</translation>
    </message>
    <message>
        <source>The ACL of {0} was changed on the server after you loaded it (you loaded ACL version {1}; the server now has version {2}).</source>
        <translation>A ACL de {0} foi alterada no servidor depois de a carregar (carregou a versão {1} da ACL; o servidor tem agora a versão {2}).</translation>
    </message>
    <message>
        <source>Reload to discard your edits and see the ACL on the server, or Overwrite to replace it with yours. Cancel keeps your edits and writes nothing.</source>
        <translation>Recarregar descarta as suas alterações e mostra a ACL do servidor; Substituir troca-a pela sua. Cancelar mantém as suas alterações e não escreve nada.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to ZooKeeper</source>
        <translation>Ligar ao ZooKeeper</translation>
    </message>
    <message>
        <source>Start from a saved profile</source>
        <translation>Começar a partir de um perfil guardado</translation>
    </message>
    <message>
        <source>Save as &amp;profile:</source>
        <translation>Guardar como &amp;perfil:</translation>
    </message>
    <message>
        <source>Keep these settings under a name (Connection &gt; Profiles to edit them)</source>
        <translation>Guardar estas definições com um nome (Ligação &gt; Perfis para as editar)</translation>
    </message>
    <message>
        <source>e.g. Kafka production</source>
        <translation>p. ex. Kafka produção</translation>
    </message>
    <message>
        <source>Remember its &amp;passwords in the system keyring</source>
        <translation>Lembrar as suas &amp;palavras-passe no porta-chaves do sistema</translation>
    </message>
    <message>
        <source>Passwords and credentials go to the system keyring, never to the settings file</source>
        <translation>As palavras-passe e as credenciais vão para o porta-chaves do sistema, nunca para o ficheiro de definições</translation>
    </message>
    <message>
        <source>No system keyring was found: passwords are not saved and are asked for again next time</source>
        <translation>Não foi encontrado um porta-chaves do sistema: as palavras-passe não são guardadas e serão pedidas de novo da próxima vez</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Ligar</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Dê um nome ao perfil.</translation>
    </message>
    <message>
        <source>Profiles cannot be saved here.</source>
        <translation>Não é possível guardar perfis aqui.</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>The ensemble to connect to; recent servers are listed</source>
        <translation>O ensemble a que se vai ligar; os servidores recentes aparecem na lista</translation>
    </message>
    <message>
        <source>Optional, e.g. /kafka</source>
        <translation>Opcional, p. ex. /kafka</translation>
    </message>
    <message>
        <source>The node the connection sees as its root</source>
        <translation>O nó que a ligação vê como a sua raiz</translation>
    </message>
    <message>
        <source>e.g. zk1:2181,zk2:2181 (IPv6: [::1]:2181)</source>
        <translation>p. ex. zk1:2181,zk2:2181 (IPv6: [::1]:2181)</translation>
    </message>
    <message>
        <source>e.g. zk1:2181,zk2:2181/chroot (IPv6: [::1]:2181)</source>
        <translation>p. ex. zk1:2181,zk2:2181/chroot (IPv6: [::1]:2181)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Session timeout: how long the server keeps the session (and its ephemeral nodes) after losing contact. The server may adjust it.</source>
        <translation>Tempo limite da sessão: quanto tempo o servidor mantém a sessão (e os seus nós efémeros) depois de perder o contacto. O servidor pode ajustá-lo.</translation>
    </message>
    <message>
        <source>Optional, e.g. digest:user:password</source>
        <translation>Opcional, p. ex. digest:utilizador:palavra-passe</translation>
    </message>
    <message>
        <source>Credentials as SCHEME:CREDENTIAL, added to the session</source>
        <translation>Credenciais como ESQUEMA:CREDENCIAL, acrescentadas à sessão</translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation>Só &amp;leitura</translation>
    </message>
    <message>
        <source>Never change anything on the server; also allows read-only servers</source>
        <translation>Nunca alterar nada no servidor; também permite servidores só de leitura</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>C&amp;hroot:</source>
        <translation>C&amp;hroot:</translation>
    </message>
    <message>
        <source>Session &amp;timeout:</source>
        <translation>&amp;Tempo limite da sessão:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autenticação:</translation>
    </message>
    <message>
        <source>Use &amp;TLS (secure client port)</source>
        <translation>Usar &amp;TLS (porta segura de cliente)</translation>
    </message>
    <message>
        <source>CA certificates (PEM); empty: system</source>
        <translation>Certificados de AC (PEM); vazio: os do sistema</translation>
    </message>
    <message>
        <source>Client certificate (PEM)</source>
        <translation>Certificado de cliente (PEM)</translation>
    </message>
    <message>
        <source>Client key (PEM); empty: in the certificate file</source>
        <translation>Chave de cliente (PEM); vazio: no ficheiro do certificado</translation>
    </message>
    <message>
        <source>Only for an encrypted key</source>
        <translation>Só para uma chave cifrada</translation>
    </message>
    <message>
        <source>&amp;Verify the server's certificate</source>
        <translation>&amp;Verificar o certificado do servidor</translation>
    </message>
    <message>
        <source>Check the server's &amp;host name</source>
        <translation>Verificar o nome do &amp;anfitrião do servidor</translation>
    </message>
    <message>
        <source>The certificate must name the host connected to (DNS name or IP address)</source>
        <translation>O certificado tem de indicar o anfitrião a que se liga (nome DNS ou endereço IP)</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Ficheiro de AC:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Chave:</translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation>Palavra-passe da chave:</translation>
    </message>
    <message>
        <source>Use &amp;SASL authentication</source>
        <translation>Usar autenticação &amp;SASL</translation>
    </message>
    <message>
        <source>e.g. client@EXAMPLE.COM (optional)</source>
        <translation>p. ex. cliente@EXEMPLO.PT (opcional)</translation>
    </message>
    <message>
        <source>More pure-sasl options: name=value, …</source>
        <translation>Mais opções do pure-sasl: nome=valor, …</translation>
    </message>
    <message>
        <source>Mechanism:</source>
        <translation>Mecanismo:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilizador:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Palavra-passe:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Serviço:</translation>
    </message>
    <message>
        <source>Principal:</source>
        <translation>Principal:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation>Escolher um ficheiro PEM</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key)</source>
        <translation>Ficheiros PEM (*.pem *.crt *.cer *.key)</translation>
    </message>
    <message>
        <source>All (*)</source>
        <translation>Todos (*)</translation>
    </message>
    <message>
        <source>The chroot must start with "/".</source>
        <translation>O chroot tem de começar por "/".</translation>
    </message>
    <message>
        <source>Give the chroot in its own field, not in the connect string.</source>
        <translation>Indique o chroot no seu próprio campo, não na cadeia de ligação.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>ficheiro de AC</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificado</translation>
    </message>
    <message>
        <source>key</source>
        <translation>chave</translation>
    </message>
    <message>
        <source>The {0} {1} does not exist.</source>
        <translation>O {0} {1} não existe.</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Saving %s…</source>
        <extracomment>How each state's text is coloured (assets.style_message_label kinds).</extracomment>
        <translation>A guardar %s…</translation>
    </message>
    <message>
        <source>Could not create the node</source>
        <translation>Não foi possível criar o nó</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sem ligação</translation>
    </message>
    <message>
        <source>Connected to %s</source>
        <translation>Ligado a %s</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Ligado</translation>
    </message>
    <message>
        <source>Connecting to %s…</source>
        <translation>A ligar a %s…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>A ligar…</translation>
    </message>
    <message>
        <source>Suspended: connection lost, reconnecting…</source>
        <translation>Suspensa: ligação perdida, a restabelecer…</translation>
    </message>
    <message>
        <source>Lost: the session expired, starting a new one…</source>
        <translation>Perdida: a sessão expirou, a iniciar uma nova…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source> through %s</source>
        <translation> através de %s</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (só leitura)</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sem ligação.</translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation>Não foi possível ligar</translation>
    </message>
    <message>
        <source>The session expired; a new one was made and the tree re-read.</source>
        <translation>A sessão expirou; foi criada uma nova e a árvore foi lida de novo.</translation>
    </message>
    <message>
        <source>Ephemeral nodes this app had created are gone: %s</source>
        <translation>Os nós efémeros criados por esta aplicação desapareceram: %s</translation>
    </message>
    <message>
        <source>%s was removed from the tree; your edit is kept (save or revert it).</source>
        <translation>%s foi removido da árvore; a sua alteração foi mantida (guarde-a ou reverta-a).</translation>
    </message>
    <message>
        <source>Save or revert the edit of %s first.</source>
        <translation>Primeiro guarde ou reverta a alteração de %s.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <source>%s does not exist any more.</source>
        <translation>%s já não existe.</translation>
    </message>
    <message>
        <source>Copied %s</source>
        <translation>%s copiado</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Não é possível guardar</translation>
    </message>
    <message>
        <source>Invalid JSON</source>
        <translation>JSON inválido</translation>
    </message>
    <message>
        <source>Save it anyway, as text? Programs that read this node may fail.</source>
        <translation>Guardar mesmo assim, como texto? Os programas que leem este nó podem falhar.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar mesmo assim</translation>
    </message>
    <message>
        <source>Saved %s (version %d)</source>
        <translation>%s guardado (versão %d)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Não foi possível guardar</translation>
    </message>
    <message>
        <source>Could not read the node</source>
        <translation>Não foi possível ler o nó</translation>
    </message>
    <message>
        <source>Creating %s…</source>
        <translation>A criar %s…</translation>
    </message>
    <message>
        <source>Created %s</source>
        <translation>%s criado</translation>
    </message>
    <message>
        <source>Stopped watching %s</source>
        <translation>Deixou de vigiar %s</translation>
    </message>
    <message>
        <source>This server has no persistent watches (they came with ZooKeeper 3.6): the event log shows the events of the nodes you expand and select.</source>
        <translation>Este servidor não tem vigias persistentes (surgiram no ZooKeeper 3.6): o registo de eventos mostra os eventos dos nós que expandir e selecionar.</translation>
    </message>
    <message>
        <source>Watching %s and everything below it…</source>
        <translation>A vigiar %s e tudo o que está abaixo…</translation>
    </message>
    <message>
        <source>Wait until %s is loaded, then add it again.</source>
        <translation>Espere até %s estar carregado e depois volte a acrescentá-lo.</translation>
    </message>
    <message>
        <source>Cannot add the data</source>
        <translation>Não é possível acrescentar os dados</translation>
    </message>
    <message>
        <source>Adding %s credentials…</source>
        <translation>A adicionar credenciais %s…</translation>
    </message>
    <message>
        <source>Credentials refused</source>
        <translation>Credenciais recusadas</translation>
    </message>
    <message>
        <source>%s credentials added; reading the tree again…</source>
        <translation>Credenciais %s adicionadas; a ler a árvore de novo…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações por guardar</translation>
    </message>
    <message>
        <source>The data of %s was edited and not saved.</source>
        <translation>Os dados de %s foram alterados e não foram guardados.</translation>
    </message>
    <message>
        <source>%s is not in the tree any more.</source>
        <translation>%s já não está na árvore.</translation>
    </message>
</context>
<context>
    <name>CopyJob</name>
    <message numerus="yes">
        <source>%n node(s) cannot be read with your credentials and will not be copied (nor what is under them), e.g. %1.</source>
        <translation>
            <numerusform>%n nó não pode ser lido com as suas credenciais e não será copiado (nem o que está abaixo dele), p. ex. %1.</numerusform>
            <numerusform>%n nós não podem ser lidos com as suas credenciais e não serão copiados (nem o que está abaixo deles), p. ex. %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateNodeDialog</name>
    <message>
        <source>Create Node</source>
        <extracomment>ACL choices of the create dialog, in the order shown.</extracomment>
        <translation>Criar nó</translation>
    </message>
    <message>
        <source>Name of the new node</source>
        <translation>Nome do novo nó</translation>
    </message>
    <message>
        <source>&amp;Ephemeral</source>
        <translation>&amp;Efémero</translation>
    </message>
    <message>
        <source>Deleted by the server when this connection's session ends</source>
        <translation>Eliminado pelo servidor quando a sessão desta ligação terminar</translation>
    </message>
    <message>
        <source>&amp;Sequential</source>
        <translation>&amp;Sequencial</translation>
    </message>
    <message>
        <source>The server appends a unique, increasing 10-digit number to the name</source>
        <translation>O servidor acrescenta ao nome um número único e crescente de 10 algarismos</translation>
    </message>
    <message>
        <source>C&amp;ontainer</source>
        <translation>C&amp;ontentor</translation>
    </message>
    <message>
        <source>Deleted by the server once it has had children and the last one is gone (the server looks about once a minute)</source>
        <translation>Eliminado pelo servidor depois de ter tido filhos e o último desaparecer (o servidor verifica cerca de uma vez por minuto)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Time to live in milliseconds: the server deletes the node once it has not changed for this long and has no children. Empty: no TTL.</source>
        <translation>Tempo de vida em milissegundos: o servidor elimina o nó quando este não é alterado durante esse tempo e não tem filhos. Vazio: sem TTL.</translation>
    </message>
    <message>
        <source>Create missing &amp;parents</source>
        <translation>Criar os &amp;pais em falta</translation>
    </message>
    <message>
        <source>Allow a relative path such as "a/b/c"; missing nodes are created empty</source>
        <translation>Permitir um caminho relativo como "a/b/c"; os nós em falta são criados vazios</translation>
    </message>
    <message>
        <source>Optional data, saved as UTF-8 text</source>
        <translation>Dados opcionais, guardados como texto UTF-8</translation>
    </message>
    <message>
        <source>Open — anyone may do anything (world:anyone:cdrwa)</source>
        <translation>Aberta — qualquer um pode fazer tudo (world:anyone:cdrwa)</translation>
    </message>
    <message>
        <source>Creator all — only your credentials (auth::cdrwa)</source>
        <translation>Tudo para o criador — só as suas credenciais (auth::cdrwa)</translation>
    </message>
    <message>
        <source>Read only — anyone may read (world:anyone:r)</source>
        <translation>Só leitura — qualquer um pode ler (world:anyone:r)</translation>
    </message>
    <message>
        <source>Same as the parent</source>
        <translation>Igual à do pai</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizada…</translation>
    </message>
    <message>
        <source>Who may read, change and delete the new node</source>
        <translation>Quem pode ler, alterar e eliminar o novo nó</translation>
    </message>
    <message>
        <source>One entry a line, scheme:id:permissions, e.g.
ip:10.0.0.0/8:r</source>
        <translation>Uma entrada por linha, esquema:id:permissões, p. ex.
ip:10.0.0.0/8:r</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;riar</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>Pai:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;TTL (ms):</source>
        <translation>&amp;TTL (ms):</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Dados:</translation>
    </message>
    <message>
        <source>&amp;ACL:</source>
        <translation>&amp;ACL:</translation>
    </message>
    <message>
        <source>Will create:</source>
        <translation>Vai criar:</translation>
    </message>
    <message>
        <source>Enter a name for the new node.</source>
        <translation>Introduza um nome para o novo nó.</translation>
    </message>
    <message>
        <source>A node name cannot contain "/". Tick "Create missing parents" to create a path such as a/b/c.</source>
        <translation>Um nome de nó não pode conter "/". Assinale "Criar os pais em falta" para criar um caminho como a/b/c.</translation>
    </message>
    <message>
        <source>Nodes under /zookeeper are reserved for the server; choose another place.</source>
        <translation>Os nós sob /zookeeper estão reservados ao servidor; escolha outro local.</translation>
    </message>
    <message>
        <source>The TTL is a whole number of milliseconds (empty: no TTL).</source>
        <translation>O TTL é um número inteiro de milissegundos (vazio: sem TTL).</translation>
    </message>
    <message>
        <source>The TTL must be between 1 and %s milliseconds.</source>
        <translation>O TTL tem de estar entre 1 e %s milissegundos.</translation>
    </message>
    <message>
        <source>A container node cannot be ephemeral, sequential or have a TTL.</source>
        <translation>Um nó contentor não pode ser efémero, sequencial nem ter TTL.</translation>
    </message>
    <message>
        <source>An ephemeral node cannot have a TTL.</source>
        <translation>Um nó efémero não pode ter TTL.</translation>
    </message>
    <message>
        <source>Creator all needs credentials on this connection: add them with Connection ▸ Add Credentials…, or choose another ACL.</source>
        <translation>Tudo para o criador precisa de credenciais nesta ligação: adicione-as em Ligação ▸ Adicionar credenciais…, ou escolha outra ACL.</translation>
    </message>
    <message>
        <source>ACL: {0}</source>
        <translation>ACL: {0}</translation>
    </message>
    <message>
        <source>The data holds a character that cannot be written as UTF-8.</source>
        <translation>Os dados contêm um carácter que não pode ser escrito em UTF-8.</translation>
    </message>
    <message>
        <source>The server appends the next 10-digit counter to the name (such as "0000000001") and picks the number.</source>
        <translation>O servidor acrescenta ao nome o próximo contador de 10 algarismos (como "0000000001") e escolhe o número.</translation>
    </message>
    <message>
        <source>An ephemeral node lives only as long as this connection's session and cannot have children.</source>
        <translation>Um nó efémero só existe enquanto durar a sessão desta ligação e não pode ter filhos.</translation>
    </message>
    <message>
        <source>Missing parents are created as persistent nodes.</source>
        <translation>Os pais em falta são criados como nós persistentes.</translation>
    </message>
    <message>
        <source>The server deletes a container node once it has had children and the last one is gone. It shows as persistent: the server does not tell.</source>
        <translation>O servidor elimina um nó contentor depois de ter tido filhos e o último desaparecer. Aparece como persistente: o servidor não o indica.</translation>
    </message>
    <message>
        <source>The server deletes the node once it has not changed for %s ms and has no children. It shows as persistent: the server does not tell.</source>
        <translation>O servidor elimina o nó quando este não é alterado durante %s ms e não tem filhos. Aparece como persistente: o servidor não o indica.</translation>
    </message>
    <message>
        <source>This server refused a TTL node before: TTL nodes need extendedTypesEnabled=true in its configuration.</source>
        <translation>Este servidor já recusou um nó TTL: os nós TTL precisam de extendedTypesEnabled=true nas definições do servidor.</translation>
    </message>
    <message>
        <source>Missing parents get the same ACL as the new node.</source>
        <translation>Os pais em falta recebem a mesma ACL que o novo nó.</translation>
    </message>
    <message>
        <source>{0} of data</source>
        <translation>{0} de dados</translation>
    </message>
</context>
<context>
    <name>DataPane</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vista:</translation>
    </message>
    <message>
        <source>The character set the text views read the bytes with</source>
        <translation>O conjunto de caracteres com que as vistas de texto leem os bytes</translation>
    </message>
    <message>
        <source>C&amp;harset:</source>
        <translation>C&amp;odificação:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>How the stored bytes are decoded before they are shown: compressed data is recognised by its first bytes (raw snappy has none: choose it here)</source>
        <translation>Como os bytes guardados são descodificados antes de serem mostrados: os dados comprimidos são reconhecidos pelos primeiros bytes (o snappy simples não os tem: escolha-o aqui)</translation>
    </message>
    <message>
        <source>&amp;Decode:</source>
        <translation>&amp;Descodificar:</translation>
    </message>
    <message>
        <source>&amp;Pretty-print</source>
        <translation>&amp;Formatar</translation>
    </message>
    <message>
        <source>Indent the JSON, one member per line (an edit you can undo)</source>
        <translation>Indentar o JSON, um membro por linha (uma alteração que pode anular)</translation>
    </message>
    <message>
        <source>&amp;Compact</source>
        <translation>&amp;Compactar</translation>
    </message>
    <message>
        <source>Remove the whitespace between JSON tokens (an edit you can undo)</source>
        <translation>Remover os espaços entre os elementos do JSON (uma alteração que pode anular)</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <source>The data has unsaved changes</source>
        <translation>Os dados têm alterações por guardar</translation>
    </message>
    <message>
        <source>You have no permission to read the data of this node.</source>
        <translation>Não tem permissão para ler os dados deste nó.</translation>
    </message>
    <message>
        <source>This node has no data (null).</source>
        <translation>Este nó não tem dados (null).</translation>
    </message>
    <message>
        <source>This node's data is empty.</source>
        <translation>Os dados deste nó estão vazios.</translation>
    </message>
    <message>
        <source>The data is not text, so it is not valid JSON.</source>
        <translation>Os dados não são texto, logo não são JSON válido.</translation>
    </message>
    <message>
        <source>The data is not valid JSON: {0}</source>
        <translation>Os dados não são JSON válido: {0}</translation>
    </message>
    <message>
        <source>The data cannot be saved: {0}</source>
        <translation>Não é possível guardar os dados: {0}</translation>
    </message>
    <message>
        <source>{0}-compressed: its size is known once saved</source>
        <translation>Comprimido com {0}: o tamanho será conhecido depois de guardar</translation>
    </message>
    <message>
        <source>Decoded from {0}: its size is known once saved</source>
        <translation>Descodificado de {0}: o tamanho será conhecido depois de guardar</translation>
    </message>
    <message>
        <source>{0}-compressed: {1} bytes once saved</source>
        <translation>Comprimido com {0}: {1} bytes depois de guardar</translation>
    </message>
    <message>
        <source>Decoded from {0}: {1} bytes once saved</source>
        <translation>Descodificado de {0}: {1} bytes depois de guardar</translation>
    </message>
    <message>
        <source>{0}-compressed, {1} bytes on the server</source>
        <translation>Comprimido com {0}, {1} bytes no servidor</translation>
    </message>
    <message>
        <source>Decoded from {0}, {1} bytes on the server</source>
        <translation>Descodificado de {0}, {1} bytes no servidor</translation>
    </message>
    <message>
        <source>raw snappy</source>
        <translation>snappy simples</translation>
    </message>
    <message>
        <source>Save or revert the edit before decoding the data another way.</source>
        <translation>Guarde ou reverta a alteração antes de descodificar os dados de outra forma.</translation>
    </message>
    <message>
        <source>The data cannot be decoded as {0} ({1}).</source>
        <translation>Não é possível descodificar os dados como {0} ({1}).</translation>
    </message>
    <message>
        <source>This data is not valid {0} text, so the text views cannot show it exactly (another charset may read it).</source>
        <translation>Estes dados não são texto {0} válido, por isso as vistas de texto não os podem mostrar com exatidão (outra codificação poderá lê-los).</translation>
    </message>
    <message>
        <source>This data holds control characters, so only the hex and base64 views keep every byte.</source>
        <translation>Estes dados contêm caracteres de controlo, por isso só as vistas hex e base64 mantêm todos os bytes.</translation>
    </message>
    <message>
        <source>This data mixes line endings (carriage returns), so only the hex and base64 views keep every byte.</source>
        <translation>Estes dados misturam fins de linha (retornos de carro), por isso só as vistas hex e base64 mantêm todos os bytes.</translation>
    </message>
    <message>
        <source>This data holds characters the text editor would change, so only the hex and base64 views keep every byte.</source>
        <translation>Estes dados contêm caracteres que o editor de texto alteraria, por isso só as vistas hex e base64 mantêm todos os bytes.</translation>
    </message>
    <message>
        <source>Show the data as text (plain, JSON, XML or YAML), as hex or as base64</source>
        <translation>Mostrar os dados como texto (simples, JSON, XML ou YAML), em hex ou em base64</translation>
    </message>
    <message>
        <source>The hex data is malformed: {0}</source>
        <translation>Os dados hex estão mal formados: {0}</translation>
    </message>
    <message>
        <source>The base64 data is malformed: {0}</source>
        <translation>Os dados base64 estão mal formados: {0}</translation>
    </message>
    <message>
        <source>The text cannot be saved: {0}</source>
        <translation>O texto não pode ser guardado: {0}</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} bytes</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 byte</translation>
    </message>
    <message>
        <source>{0} ({1} bytes)</source>
        <translation>{0} ({1} bytes)</translation>
    </message>
    <message>
        <source>Not valid JSON: {0}</source>
        <translation>JSON inválido: {0}</translation>
    </message>
    <message>
        <source>Not well-formed XML: {0}</source>
        <translation>XML mal formado: {0}</translation>
    </message>
    <message>
        <source>Not valid YAML: {0}</source>
        <translation>YAML inválido: {0}</translation>
    </message>
    <message>
        <source>Invalid data</source>
        <translation>Dados inválidos</translation>
    </message>
    <message>
        <source>No data (null)</source>
        <translation>Sem dados (null)</translation>
    </message>
    <message>
        <source>Windows line endings (CRLF) are kept when saving.</source>
        <translation>Os fins de linha do Windows (CRLF) são mantidos ao guardar.</translation>
    </message>
    <message>
        <source>The byte order mark is kept when saving.</source>
        <translation>A marca de ordem dos bytes (BOM) é mantida ao guardar.</translation>
    </message>
    <message>
        <source>The text is too long to be highlighted.</source>
        <translation>O texto é demasiado longo para ser realçado.</translation>
    </message>
</context>
<context>
    <name>DeleteNodeDialog</name>
    <message>
        <source>Delete Nodes</source>
        <translation>Eliminar nós</translation>
    </message>
    <message>
        <source>Delete Node</source>
        <translation>Eliminar nó</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln node(s) and everything under them?</source>
        <translation>
            <numerusform>Eliminar este nó e tudo o que está abaixo dele?</numerusform>
            <numerusform>Eliminar estes %Ln nós e tudo o que está abaixo deles?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esta ação não pode ser anulada.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>A contar…</translation>
    </message>
    <message>
        <source>Could not count the nodes: {0}</source>
        <translation>Não foi possível contar os nós: {0}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
    <message>
        <source>No node is selected.</source>
        <translation>Nenhum nó está selecionado.</translation>
    </message>
    <message>
        <source>The root node / cannot be deleted.</source>
        <translation>O nó raiz / não pode ser eliminado.</translation>
    </message>
    <message>
        <source>/zookeeper belongs to the ZooKeeper server itself and cannot be deleted.</source>
        <translation>/zookeeper pertence ao próprio servidor ZooKeeper e não pode ser eliminado.</translation>
    </message>
    <message>
        <source>{0} is under /zookeeper, which belongs to the ZooKeeper server, and cannot be deleted.</source>
        <translation>{0} está sob /zookeeper, que pertence ao servidor ZooKeeper, e não pode ser eliminado.</translation>
    </message>
    <message>
        <source>These nodes no longer exist; there is nothing to delete.</source>
        <translation>Estes nós já não existem; não há nada para eliminar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s) will be deleted</source>
        <translation>
            <numerusform>Vai ser eliminado %Ln nó</numerusform>
            <numerusform>Vão ser eliminados %Ln nós</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} and its %Ln descendant(s).</source>
        <translation>
            <numerusform>{0}: {1} e o seu descendente.</numerusform>
            <numerusform>{0}: {1} e os seus %Ln descendentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: the %Ln selected node(s).</source>
        <translation>
            <numerusform>{0}: o nó selecionado.</numerusform>
            <numerusform>{0}: os %Ln nós selecionados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: the {1} selected nodes and their %Ln descendant(s).</source>
        <translation>
            <numerusform>{0}: os {1} nós selecionados e %Ln descendente.</numerusform>
            <numerusform>{0}: os {1} nós selecionados e os seus %Ln descendentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting… {0} deleted</source>
        <translation>A eliminar… {0} eliminados</translation>
    </message>
    <message>
        <source>Deleting… {0} of {1}</source>
        <translation>A eliminar… {0} de {1}</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Differences — %s</source>
        <translation>Diferenças — %s</translation>
    </message>
    <message>
        <source>Your unsaved text for %s compared with the data on the server now. Lines starting with - are only on the server, + only in your text.</source>
        <translation>O seu texto por guardar de %s comparado com os dados que estão agora no servidor. As linhas começadas por - só existem no servidor, as começadas por + só no seu texto.</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Unificada</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>no servidor</translation>
    </message>
    <message>
        <source>your text</source>
        <translation>o seu texto</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Sem diferenças.</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>No servidor</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>O seu texto</translation>
    </message>
    <message>
        <source>No differences: your text matches the server's data.</source>
        <translation>Sem diferenças: o seu texto é igual aos dados do servidor.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) only in %1</source>
        <translation>
            <numerusform>%Ln linha só em %1</numerusform>
            <numerusform>%Ln linhas só em %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) only on the server</source>
        <translation>
            <numerusform>%Ln linha só no servidor</numerusform>
            <numerusform>%Ln linhas só no servidor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) only in your text</source>
        <translation>
            <numerusform>%Ln linha só no seu texto</numerusform>
            <numerusform>%Ln linhas só no seu texto</numerusform>
        </translation>
    </message>
    <message>
        <source>%s, %s.</source>
        <translation>%s, %s.</translation>
    </message>
</context>
<context>
    <name>DifferenceModel</name>
    <message>
        <source>Path</source>
        <translation>Caminho</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <source>added</source>
        <translation>acrescentado</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <source>data</source>
        <translation>dados</translation>
    </message>
    <message>
        <source>ACL</source>
        <translation>ACL</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>added: only in the target</source>
        <translation>acrescentado: só no destino</translation>
    </message>
    <message>
        <source>removed: only in the source</source>
        <translation>removido: só na origem</translation>
    </message>
    <message>
        <source>data: the data differs</source>
        <translation>dados: os dados diferem</translation>
    </message>
    <message>
        <source>ACL: the ACL differs</source>
        <translation>ACL: a ACL difere</translation>
    </message>
    <message>
        <source>Source: %s</source>
        <translation>Origem: %s</translation>
    </message>
    <message>
        <source>Target: %s</source>
        <translation>Destino: %s</translation>
    </message>
</context>
<context>
    <name>DigestDialog</name>
    <message>
        <source>Digest ACL Id</source>
        <translation>Id digest da ACL</translation>
    </message>
    <message>
        <source>The id is what ZooKeeper stores for this user: the password itself is neither kept nor sent.</source>
        <translation>O id é o que o ZooKeeper guarda para este utilizador: a palavra-passe em si não é guardada nem enviada.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizador:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Palavra-passe:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>A user name cannot contain ":".</source>
        <translation>Um nome de utilizador não pode conter ":".</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Introduza um nome de utilizador.</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>The node was deleted on the server.</source>
        <translation>O nó foi eliminado no servidor.</translation>
    </message>
    <message>
        <source>%s was deleted on the server; nothing was written.</source>
        <translation>%s foi eliminado no servidor; nada foi escrito.</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>The node was created (a data watch set by exists, or a subtree watch).</source>
        <translation>O nó foi criado (uma vigia de dados posta por exists, ou uma vigia de subárvore).</translation>
    </message>
    <message>
        <source>The node was deleted.</source>
        <translation>O nó foi eliminado.</translation>
    </message>
    <message>
        <source>The node's data was set: its version went up by one.</source>
        <translation>Os dados do nó foram escritos: a versão subiu um.</translation>
    </message>
    <message>
        <source>A child of this node was created or deleted (a children watch; a subtree watch reports the child itself instead).</source>
        <translation>Um filho deste nó foi criado ou eliminado (uma vigia de filhos; uma vigia de subárvore indica antes o próprio filho).</translation>
    </message>
    <message>
        <source>The app is opening a connection to the server.</source>
        <translation>A aplicação está a abrir uma ligação ao servidor.</translation>
    </message>
    <message>
        <source>The connection is up: requests and watch events flow.</source>
        <translation>A ligação está ativa: os pedidos e os eventos das vigias circulam.</translation>
    </message>
    <message>
        <source>The connection dropped; the session may still be alive and the client is reconnecting. Changes made meanwhile reach one-shot watches on reconnect.</source>
        <translation>A ligação caiu; a sessão pode ainda estar viva e o cliente está a voltar a ligar-se. As alterações feitas entretanto chegam às vigias de uso único quando voltar a ligar.</translation>
    </message>
    <message>
        <source>The session expired: the server deleted its ephemeral nodes and forgot its watches. A new session is being made.</source>
        <translation>A sessão expirou: o servidor eliminou os seus nós efémeros e esqueceu as suas vigias. Está a ser criada uma nova sessão.</translation>
    </message>
    <message>
        <source>Back after a drop: with the same session, or with a new one after an expiry; the watches were set again.</source>
        <translation>De volta após uma quebra: com a mesma sessão, ou com uma nova após expirar; as vigias foram repostas.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>A ligação foi fechada.</translation>
    </message>
    <message>
        <source>A subtree watch was added, added again after a reconnect, or ended.</source>
        <translation>Uma vigia de subárvore foi acrescentada, reposta após voltar a ligar, ou terminada.</translation>
    </message>
    <message>
        <source>An ephemeral node this app created, deleted by the server with its expired session.</source>
        <translation>Um nó efémero criado por esta aplicação, eliminado pelo servidor com a sua sessão expirada.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Caminho</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>subtree watch</source>
        <translation>vigia de subárvore</translation>
    </message>
    <message>
        <source>children watch</source>
        <translation>vigia de filhos</translation>
    </message>
    <message>
        <source>data watch</source>
        <translation>vigia de dados</translation>
    </message>
    <message>
        <source>Stopped watching this subtree.</source>
        <translation>Deixou de vigiar esta subárvore.</translation>
    </message>
    <message>
        <source>to {0}</source>
        <translation>para {0}</translation>
    </message>
    <message>
        <source>New session {0} (the old one expired); watches set again.</source>
        <translation>Nova sessão {0} (a antiga expirou); vigias repostas.</translation>
    </message>
    <message>
        <source>Same session {0}; watches set again.</source>
        <translation>A mesma sessão {0}; vigias repostas.</translation>
    </message>
    <message>
        <source>Ephemeral node this app created; deleted with the expired session.</source>
        <translation>Nó efémero criado por esta aplicação; eliminado com a sessão expirada.</translation>
    </message>
    <message>
        <source>Watching this subtree again after the reconnect; changes made while disconnected are not in the log.</source>
        <translation>A vigiar de novo esta subárvore depois de voltar a ligar; as alterações feitas enquanto esteve desligado não estão no registo.</translation>
    </message>
    <message>
        <source>Watching this subtree: every change below it is logged.</source>
        <translation>A vigiar esta subárvore: todas as alterações abaixo dela são registadas.</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Não foi possível escrever {0}: {1}</translation>
    </message>
</context>
<context>
    <name>EventLogPanel</name>
    <message>
        <source>Filter by path: text or a glob (/app/**)</source>
        <translation>Filtrar por caminho: texto ou um glob (/app/**)</translation>
    </message>
    <message>
        <source>Plain text matches anywhere in the path; with * ? or [ ] it is a glob: * stays within one path segment, ** crosses segments.</source>
        <translation>Texto simples corresponde em qualquer parte do caminho; com * ? ou [ ] é um glob: * fica dentro de um segmento do caminho, ** atravessa segmentos.</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <source>Which kinds of rows to show</source>
        <translation>Que tipos de linhas mostrar</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Mostrar tudo</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Hold new rows back (they are kept and shown on resume)</source>
        <translation>Reter as linhas novas (são guardadas e mostradas ao retomar)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Forget every row</source>
        <translation>Esquecer todas as linhas</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the selected rows as text</source>
        <translation>Copiar as linhas selecionadas como texto</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Guardar CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file</source>
        <translation>Guardar as linhas mostradas num ficheiro CSV</translation>
    </message>
    <message>
        <source>Stop Watching</source>
        <translation>Parar de vigiar</translation>
    </message>
    <message>
        <source>Remove the subtree watches of this connection</source>
        <translation>Remover as vigias de subárvore desta ligação</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>Copiada %n linha</numerusform>
            <numerusform>Copiadas %n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>Types (%1 of %2)</source>
        <translation>Tipos (%1 de %2)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n linha</numerusform>
            <numerusform>%n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows shown</source>
        <translation>%1 de %2 linhas mostradas</translation>
    </message>
    <message>
        <source>%1 older dropped (the log keeps the last %2)</source>
        <translation>%1 mais antigas descartadas (o registo guarda as últimas %2)</translation>
    </message>
    <message>
        <source>paused, %1 waiting</source>
        <translation>em pausa, %1 à espera</translation>
    </message>
    <message>
        <source>Watching subtrees: %s</source>
        <translation>A vigiar subárvores: %s</translation>
    </message>
    <message>
        <source>Events of the nodes you expand and select. Node ▸ Watch Subtree logs every change below a node.</source>
        <translation>Eventos dos nós que expandir e selecionar. Nó ▸ Vigiar subárvore regista todas as alterações abaixo de um nó.</translation>
    </message>
    <message>
        <source>Save the Event Log</source>
        <translation>Guardar o registo de eventos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2</source>
        <translation>%1 linhas guardadas em %2</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Nothing was written: %s is as it was.</source>
        <translation>Nada foi escrito: %s está como estava.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) written to %1</source>
        <translation>
            <numerusform>%n nó escrito em %1</numerusform>
            <numerusform>%n nós escritos em %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (%s of data).</source>
        <translation> (%s de dados).</translation>
    </message>
    <message numerus="yes">
        <source>%n ephemeral node(s) are in the file, marked as ephemeral.</source>
        <translation>
            <numerusform>%n nó efémero está no ficheiro, marcado como efémero.</numerusform>
            <numerusform>%n nós efémeros estão no ficheiro, marcados como efémeros.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the file with an ACL whose digest ids the server hid (you lack ADMIN permission there): an import will not write these nodes:</source>
        <translation>No ficheiro com uma ACL cujos ids digest o servidor ocultou (não tem permissão ADMIN aí): uma importação não escreverá estes nós:</translation>
    </message>
    <message>
        <source>Could not be read (your credentials do not allow it), so not in the file, with everything under them:</source>
        <translation>Não puderam ser lidos (as suas credenciais não o permitem), por isso não estão no ficheiro, com tudo o que está abaixo deles:</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>Show the differences between two selected values (or one and the one before)</source>
        <translation>Mostrar as diferenças entre dois valores selecionados (ou um e o anterior)</translation>
    </message>
    <message>
        <source>Two values of %s seen while the app was open. Lines starting with - are only in the older one, + only in the newer one.</source>
        <translation>Dois valores de %s vistos enquanto a aplicação estava aberta. As linhas que começam por - só existem no mais antigo, as que começam por + só no mais recente.</translation>
    </message>
    <message>
        <source>Select a node: the values it is seen with while the app is open appear here. Watch a subtree to record every node below it.</source>
        <translation>Selecione um nó: os valores que tiver enquanto a aplicação estiver aberta aparecem aqui. Vigie uma subárvore para registar todos os nós abaixo dela.</translation>
    </message>
    <message>
        <source>%s: no value seen yet.</source>
        <translation>%s: ainda nenhum valor visto.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) seen while the app is open.</source>
        <translation>
            <numerusform>%1: %n valor visto enquanto a aplicação está aberta.</numerusform>
            <numerusform>%1: %n valores vistos enquanto a aplicação está aberta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Unknown SSH Host Key</source>
        <translation>Chave de anfitrião SSH desconhecida</translation>
    </message>
    <message>
        <source>The authenticity of the jump host {0} cannot be established: its key is not in your known hosts.</source>
        <translation>Não é possível confirmar a autenticidade do servidor de salto {0}: a sua chave não está nos seus anfitriões conhecidos.</translation>
    </message>
    <message>
        <source>{0} key fingerprint:</source>
        <translation>Impressão digital da chave {0}:</translation>
    </message>
    <message>
        <source>Your known hosts hold a key of another type ({0}) for this host: ask its administrator which keys it has.</source>
        <translation>Os seus anfitriões conhecidos têm uma chave de outro tipo ({0}) para este anfitrião: pergunte ao administrador que chaves tem.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the host's administrator gave you. Trusting it adds the key to {0}.</source>
        <translation>Compare a impressão digital com a que o administrador do anfitrião lhe deu. Confiar nela acrescenta a chave a {0}.</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Confiar e ligar</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Recusar</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import %s</source>
        <translation>Importar %s</translation>
    </message>
    <message>
        <source>into %s</source>
        <translation>para %s</translation>
    </message>
    <message>
        <source>&amp;Dry run: report what would be written, write nothing</source>
        <translation>&amp;Simulação: indicar o que seria escrito, sem escrever nada</translation>
    </message>
    <message>
        <source>Create them as persistent nodes</source>
        <translation>Criá-los como nós persistentes</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Deixá-los de fora</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) of the file were ephemeral (another client's session owned them):</source>
        <translation>
            <numerusform>%n nó do ficheiro era efémero (pertencia à sessão de outro cliente):</numerusform>
            <numerusform>%n nós do ficheiro eram efémeros (pertenciam à sessão de outro cliente):</numerusform>
        </translation>
    </message>
    <message>
        <source>Every node is there already, the same: there is nothing to write.</source>
        <translation>Todos os nós já lá estão, iguais: não há nada para escrever.</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Simulação</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Exported from %1 on %2 at %3.</source>
        <translation>Exportado de %1 em %2 às %3.</translation>
    </message>
    <message>
        <source>Its root becomes %s.</source>
        <translation>A sua raiz passa a ser %s.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) of the file are marked container or TTL nodes: they keep their kind where the server allows it.</source>
        <translation>
            <numerusform>%n nó do ficheiro está marcado como nó contentor ou TTL: mantém o seu tipo onde o servidor o permite.</numerusform>
            <numerusform>%n nós do ficheiro estão marcados como nós contentores ou TTL: mantêm o seu tipo onde o servidor o permite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) have an ACL whose digest ids were hidden when it was read (no ADMIN permission): they will not be written, e.g. %1.</source>
        <translation>
            <numerusform>%n nó tem uma ACL cujos ids digest estavam ocultos quando foi lida (sem permissão ADMIN): não será escrito, p. ex. %1.</numerusform>
            <numerusform>%n nós têm uma ACL cujos ids digest estavam ocultos quando foi lida (sem permissão ADMIN): não serão escritos, p. ex. %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) would get an ACL that does not let you read or change them afterwards, e.g. %1.</source>
        <translation>
            <numerusform>%n nó ficaria com uma ACL que não lhe permite lê-lo nem alterá-lo depois, p. ex. %1.</numerusform>
            <numerusform>%n nós ficariam com uma ACL que não lhe permite lê-los nem alterá-los depois, p. ex. %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) would get an ACL that does not let you create their children, e.g. %1.</source>
        <translation>
            <numerusform>%n nó ficaria com uma ACL que não lhe permite criar os seus filhos, p. ex. %1.</numerusform>
            <numerusform>%n nós ficariam com uma ACL que não lhe permite criar os seus filhos, p. ex. %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) could not be read when the file was made and are not in it.</source>
        <translation>
            <numerusform>%n nó não pôde ser lido quando o ficheiro foi criado e não está nele.</numerusform>
            <numerusform>%n nós não puderam ser lidos quando o ficheiro foi criado e não estão nele.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nada foi escrito.</translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message>
        <source>latency per interval (ms)</source>
        <translation>latência por intervalo (ms)</translation>
    </message>
    <message>
        <source>average latency (ms)</source>
        <translation>latência média (ms)</translation>
    </message>
    <message>
        <source>No samples yet</source>
        <translation>Ainda sem amostras</translation>
    </message>
    <message numerus="yes">
        <source>−%n min</source>
        <translation>
            <numerusform>−%n min</numerusform>
            <numerusform>−%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>outstanding requests</source>
        <translation>pedidos pendentes</translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <source>Log</source>
        <extracomment>Lines kept and shown; older ones are dropped (the file keeps everything).</extracomment>
        <translation>Registo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Log file: %s</source>
        <translation>Ficheiro de registo: %s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Ligação</translation>
    </message>
    <message>
        <source>Open &amp;Profile</source>
        <translation>Abrir &amp;perfil</translation>
    </message>
    <message>
        <source>&amp;Node</source>
        <translation>&amp;Nó</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transferir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisa</translation>
    </message>
    <message>
        <source>Search &amp;Panel</source>
        <translation>&amp;Painel de pesquisa</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Takes effect when zkinspector starts again</source>
        <translation>Tem efeito quando o zkinspector voltar a ser iniciado</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>Registo de eventos</translation>
    </message>
    <message>
        <source>Node History</source>
        <translation>Histórico do nó</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transação</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Text size: %s pt</source>
        <translation>Tamanho do texto: %s pt</translation>
    </message>
    <message>
        <source>the system's language</source>
        <translation>o idioma do sistema</translation>
    </message>
    <message>
        <source>zkinspector will be in %s when it starts again.</source>
        <translation>O zkinspector estará em %s quando voltar a ser iniciado.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <source>Stop &amp;Watching Subtree</source>
        <translation>Parar de &amp;vigiar a subárvore</translation>
    </message>
    <message>
        <source>&amp;Watch Subtree</source>
        <translation>&amp;Vigiar a subárvore</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Ainda sem perfis</translation>
    </message>
    <message>
        <source>Starting the sandbox ZooKeeper…</source>
        <translation>A iniciar o ZooKeeper de demonstração (sandbox)…</translation>
    </message>
    <message>
        <source>Connecting to the sandbox…</source>
        <translation>A ligar à sandbox…</translation>
    </message>
    <message>
        <source>Sandbox ZooKeeper running at %s (stopped when zkinspector quits)</source>
        <translation>ZooKeeper de demonstração a correr em %s (para quando o zkinspector terminar)</translation>
    </message>
</context>
<context>
    <name>MoveJob</name>
    <message>
        <source>Nothing was moved.</source>
        <translation>Nada foi movido.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 renomeado para %2</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>%1 movido para %2</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s), in one transaction</source>
        <translation>
            <numerusform>%n nó, numa só transação</numerusform>
            <numerusform>%n nós, numa só transação</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nó</numerusform>
            <numerusform>%n nós</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s) moved to %2.</source>
        <translation>
            <numerusform>%1 de %n nó movido para %2.</numerusform>
            <numerusform>%1 de %n nós movidos para %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end, as asked.</source>
        <translation>Parado antes do fim, como pedido.</translation>
    </message>
    <message>
        <source>Copied only (at the target, and still at the source):</source>
        <translation>Só copiados (no destino, e ainda na origem):</translation>
    </message>
    <message>
        <source>Untouched (still at the source only):</source>
        <translation>Intactos (ainda só na origem):</translation>
    </message>
    <message>
        <source>At neither place (lost):</source>
        <translation>Em nenhum dos lugares (perdidos):</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Erros:</translation>
    </message>
    <message>
        <source>Moved:</source>
        <translation>Movidos:</translation>
    </message>
</context>
<context>
    <name>MoveNodeDialog</name>
    <message>
        <source>Move or Rename Node</source>
        <translation>Mover ou renomear nó</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Mover</translation>
    </message>
    <message>
        <source>Move %s and everything under it to:</source>
        <translation>Mover %s e tudo o que está abaixo para:</translation>
    </message>
    <message>
        <source>The node's new path; keep the parent to rename it where it is</source>
        <translation>O novo caminho do nó; mantenha o pai para o renomear onde está</translation>
    </message>
    <message>
        <source>Container and TTL nodes made in this connection keep their kind; others become persistent nodes at the new path: ZooKeeper does not tell them apart.</source>
        <translation>Os nós contentores e TTL criados nesta ligação mantêm o seu tipo; os outros passam a nós persistentes no novo caminho: o ZooKeeper não os distingue.</translation>
    </message>
    <message>
        <source>%s cannot be a target: choose a path under /.</source>
        <translation>%s não pode ser um destino: escolha um caminho sob /.</translation>
    </message>
    <message>
        <source>This is where the node is now: type another path.</source>
        <translation>É aqui que o nó está agora: escreva outro caminho.</translation>
    </message>
    <message>
        <source>A node cannot move into its own subtree.</source>
        <translation>Um nó não pode ser movido para dentro da sua própria subárvore.</translation>
    </message>
    <message>
        <source>Type the new path; another name under the same parent renames it.</source>
        <translation>Escreva o novo caminho; outro nome sob o mesmo pai renomeia-o.</translation>
    </message>
    <message>
        <source>Renames %s to %s.</source>
        <translation>Renomeia %s para %s.</translation>
    </message>
    <message>
        <source>Moves it under %s.</source>
        <translation>Move-o para baixo de %s.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
</context>
<context>
    <name>NodeDetails</name>
    <message>
        <source>Stat</source>
        <translation>Stat</translation>
    </message>
    <message>
        <source>ACL</source>
        <translation>ACL</translation>
    </message>
</context>
<context>
    <name>NodeHistory</name>
    <message>
        <source>deleted at {0}</source>
        <translation>eliminado às {0}</translation>
    </message>
    <message>
        <source>version {0} at {1}</source>
        <translation>versão {0} às {1}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>The node was deleted.</source>
        <translation>O nó foi eliminado.</translation>
    </message>
    <message>
        <source>Version {0}; its data could not be read.</source>
        <translation>Versão {0}; não foi possível ler os dados.</translation>
    </message>
    <message>
        <source>Version {0}, last changed by transaction 0x{1:x}, {2} bytes.</source>
        <translation>Versão {0}, alterada pela última vez pela transação 0x{1:x}, {2} bytes.</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste Nodes</source>
        <translation>Colar nós</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy %s and everything under it</source>
        <translation>Copiar %s e tudo o que está abaixo</translation>
    </message>
    <message numerus="yes">
        <source>Copy these %n nodes and everything under them:</source>
        <translation>
            <numerusform>Copiar este %n nó e tudo o que está abaixo:</numerusform>
            <numerusform>Copiar estes %n nós e tudo o que está abaixo deles:</numerusform>
        </translation>
    </message>
    <message>
        <source>from %s</source>
        <translation>de %s</translation>
    </message>
    <message>
        <source>to %s, under %s</source>
        <translation>para %s, sob %s</translation>
    </message>
    <message>
        <source>Merge, keeping the nodes there as they are</source>
        <translation>Juntar, mantendo os nós que lá estão como estão</translation>
    </message>
    <message>
        <source>Merge, giving the nodes there the copied data and ACL</source>
        <translation>Juntar, dando aos nós que lá estão os dados e a ACL copiados</translation>
    </message>
    <message>
        <source>Copy nothing</source>
        <translation>Não copiar nada</translation>
    </message>
    <message numerus="yes">
        <source>%n of the copies would land on a node that exists already:</source>
        <translation>
            <numerusform>%n das cópias ficaria num nó que já existe:</numerusform>
            <numerusform>%n das cópias ficariam em nós que já existem:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCounts</name>
    <message numerus="yes">
        <source>%n node(s) exist already with other data or another ACL:</source>
        <translation>
            <numerusform>%n nó já existe com outros dados ou outra ACL:</numerusform>
            <numerusform>%n nós já existem com outros dados ou outra ACL:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ephemeral node(s) belong to another client's session and cannot be copied as they are:</source>
        <translation>
            <numerusform>%n nó efémero pertence à sessão de outro cliente e não pode ser copiado tal como está:</numerusform>
            <numerusform>%n nós efémeros pertencem à sessão de outro cliente e não podem ser copiados tal como estão:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Nodes to copy (subtrees included):</source>
        <translation>Nós a copiar (com as subárvores):</translation>
    </message>
    <message>
        <source>Already at the target:</source>
        <translation>Já no destino:</translation>
    </message>
    <message>
        <source>New nodes:</source>
        <translation>Nós novos:</translation>
    </message>
    <message>
        <source>Existing, other data:</source>
        <translation>Existentes, outros dados:</translation>
    </message>
    <message>
        <source>Existing, other ACL:</source>
        <translation>Existentes, outra ACL:</translation>
    </message>
    <message>
        <source>Existing, the same:</source>
        <translation>Existentes, iguais:</translation>
    </message>
    <message>
        <source>Ephemeral nodes:</source>
        <translation>Nós efémeros:</translation>
    </message>
</context>
<context>
    <name>ProfileBadge</name>
    <message>
        <source>Profile %s</source>
        <extracomment>Colours offered for profiles: (colour, name to translate).</extracomment>
        <translation>Perfil %s</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Um perfil precisa de um nome.</translation>
    </message>
    <message>
        <source>Give the chroot in its own field, not in the connect string.</source>
        <translation>Indique o chroot no seu próprio campo, não na cadeia de ligação.</translation>
    </message>
    <message>
        <source>The chroot "{0}" must start with "/".</source>
        <translation>O chroot "{0}" tem de começar por "/".</translation>
    </message>
    <message>
        <source>The session timeout must be more than 0 seconds.</source>
        <translation>O tempo limite da sessão tem de ser superior a 0 segundos.</translation>
    </message>
    <message>
        <source>"{0}" is not a colour; write #rrggbb.</source>
        <translation>"{0}" não é uma cor; escreva #rrggbb.</translation>
    </message>
    <message>
        <source>A profile is not a JSON object.</source>
        <translation>Um perfil não é um objeto JSON.</translation>
    </message>
    <message>
        <source>A profile has no name.</source>
        <translation>Um perfil não tem nome.</translation>
    </message>
    <message>
        <source>There is already a profile named "{0}".</source>
        <translation>Já existe um perfil chamado "{0}".</translation>
    </message>
    <message>
        <source>That profile does not exist any more.</source>
        <translation>Esse perfil já não existe.</translation>
    </message>
    <message>
        <source>The file is not JSON ({0}).</source>
        <translation>O ficheiro não é JSON ({0}).</translation>
    </message>
    <message>
        <source>The file is not a zkinspector profile list.</source>
        <translation>O ficheiro não é uma lista de perfis do zkinspector.</translation>
    </message>
    <message>
        <source>The file is a version {0} profile list; this zkinspector reads version {1}.</source>
        <translation>O ficheiro é uma lista de perfis da versão {0}; este zkinspector lê a versão {1}.</translation>
    </message>
    <message>
        <source>The file holds no list of profiles.</source>
        <translation>O ficheiro não contém nenhuma lista de perfis.</translation>
    </message>
    <message>
        <source>Profile {0} in the file: {1}</source>
        <translation>Perfil {0} no ficheiro: {1}</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>Perfis de ligação</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Add the profiles of a file to this list</source>
        <translation>Acrescentar os perfis de um ficheiro a esta lista</translation>
    </message>
    <message>
        <source>Write the profiles to a file, without passwords</source>
        <translation>Escrever os perfis num ficheiro, sem palavras-passe</translation>
    </message>
    <message>
        <source>Marks the profile's tabs and the status bar, e.g. red for production</source>
        <translation>Marca os separadores do perfil e a barra de estado, p. ex. vermelho para produção</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Vermelho</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Laranja</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarelo</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Roxo</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Cinzento</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Outra…</translation>
    </message>
    <message>
        <source>No system keyring was found: a profile's passwords are not saved; they are asked for when connecting.</source>
        <translation>Não foi encontrado nenhum porta-chaves do sistema: as palavras-passe de um perfil não são guardadas; são pedidas ao ligar.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Reverter</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>C&amp;or:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Ligar</translation>
    </message>
    <message>
        <source>Open the selected profile in a new tab</source>
        <translation>Abrir o perfil selecionado num novo separador</translation>
    </message>
    <message>
        <source>No profile is selected.</source>
        <translation>Nenhum perfil está selecionado.</translation>
    </message>
    <message>
        <source>Saved; the passwords could not be stored in the keyring.</source>
        <translation>Guardado; não foi possível guardar as palavras-passe no porta-chaves.</translation>
    </message>
    <message>
        <source>Saved %s.</source>
        <translation>%s guardado.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Novo perfil</translation>
    </message>
    <message>
        <source>Duplicated as %s.</source>
        <translation>Duplicado como %s.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar o perfil</translation>
    </message>
    <message>
        <source>Delete the profile %s?</source>
        <translation>Eliminar o perfil %s?</translation>
    </message>
    <message>
        <source>Its passwords are removed from the keyring too.</source>
        <translation>As suas palavras-passe também são removidas do porta-chaves.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Could not write %s: %s</source>
        <translation>Não foi possível escrever %s: %s</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) written to {0}.</source>
        <translation>
            <numerusform>%n perfil escrito em {0}.</numerusform>
            <numerusform>%n perfis escritos em {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Could not import %s: %s</source>
        <translation>Não foi possível importar %s: %s</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) in the file have the name of one here:</source>
        <translation>
            <numerusform>%n perfil do ficheiro tem o nome de um que já existe aqui:</numerusform>
            <numerusform>%n perfis do ficheiro têm o nome de um que já existe aqui:</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace them with the file's, keep both (the imported ones get a new name), or skip the file's?</source>
        <translation>Substituí-los pelos do ficheiro, manter ambos (os importados recebem um novo nome) ou saltar os do ficheiro?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Substituir</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Manter ambos</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Saltar</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n acrescentado</numerusform>
            <numerusform>%n acrescentados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n substituído</numerusform>
            <numerusform>%n substituídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renamed</source>
        <translation>
            <numerusform>%n renomeado</numerusform>
            <numerusform>%n renomeados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n saltado</numerusform>
            <numerusform>%n saltados</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %s.</source>
        <translation>Importado: %s.</translation>
    </message>
    <message>
        <source>Export Profiles</source>
        <translation>Exportar perfis</translation>
    </message>
    <message>
        <source>Profile lists (*.json)</source>
        <translation>Listas de perfis (*.json)</translation>
    </message>
    <message>
        <source>All (*)</source>
        <translation>Todos (*)</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>Importar perfis</translation>
    </message>
</context>
<context>
    <name>ReadOnlyTable</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>RecipeCounts</name>
    <message numerus="yes">
        <source>%n waiting.</source>
        <translation>
            <numerusform>%n à espera.</numerusform>
            <numerusform>%n à espera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other candidate(s).</source>
        <translation>
            <numerusform>%n outro candidato.</numerusform>
            <numerusform>%n outros candidatos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lease(s) held or asked for; Curator keeps the maximum in its clients.</source>
        <translation>
            <numerusform>%n concessão detida ou pedida; o Curator guarda o máximo nos seus clientes.</numerusform>
            <numerusform>%n concessões detidas ou pedidas; o Curator guarda o máximo nos seus clientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n elemento.</numerusform>
            <numerusform>%n elementos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being processed.</source>
        <translation>
            <numerusform>%n em processamento.</numerusform>
            <numerusform>%n em processamento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membro</numerusform>
            <numerusform>%n membros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inside.</source>
        <translation>
            <numerusform>%n lá dentro.</numerusform>
            <numerusform>%n lá dentro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipeKinds</name>
    <message>
        <source>Lock</source>
        <extracomment>Characters of a queue item's data shown. Pixels the dock takes the first time it is shown (the tree keeps room for names).</extracomment>
        <translation>Lock</translation>
    </message>
    <message>
        <source>ReadWriteLock</source>
        <translation>ReadWriteLock</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Election</translation>
    </message>
    <message>
        <source>Semaphore</source>
        <translation>Semaphore</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Lease</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>LockingQueue</source>
        <translation>LockingQueue</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>ShallowParty</source>
        <translation>ShallowParty</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Barrier</translation>
    </message>
    <message>
        <source>DoubleBarrier</source>
        <translation>DoubleBarrier</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
</context>
<context>
    <name>RecipePanel</name>
    <message>
        <source>A lock: each client that wants it adds an ephemeral sequential child; the lowest sequence number holds the lock, every other one waits for the one just before it to go.</source>
        <translation>Um lock: cada cliente que o quer acrescenta um filho efémero sequencial; o número de sequência mais baixo detém o lock, e cada um dos outros espera que o imediatamente anterior desapareça.</translation>
    </message>
    <message>
        <source>A read-write lock: readers hold it together while no writer came before them; a writer holds it alone, once it is first.</source>
        <translation>Um lock de leitura e escrita: os leitores detêm-no em conjunto enquanto nenhum escritor tiver chegado antes deles; um escritor detém-no sozinho, quando for o primeiro.</translation>
    </message>
    <message>
        <source>A leader election: each candidate adds an ephemeral sequential child; the lowest sequence number is the leader, and when its session ends the next one takes over.</source>
        <translation>Uma eleição de líder: cada candidato acrescenta um filho efémero sequencial; o número de sequência mais baixo é o líder e, quando a sua sessão termina, o seguinte toma o seu lugar.</translation>
    </message>
    <message>
        <source>A semaphore: at most a fixed number of clients hold a lease at a time; each lease is an ephemeral child, gone with its client's session.</source>
        <translation>Um semáforo: no máximo um número fixo de clientes detém uma concessão de cada vez; cada concessão é um filho efémero, que desaparece com a sessão do seu cliente.</translation>
    </message>
    <message>
        <source>A lease: one holder at a time, until the time written in lease_holder; others do not wait, they just do not get it.</source>
        <translation>Uma concessão: um detentor de cada vez, até à hora escrita em lease_holder; os outros não esperam, simplesmente não a obtêm.</translation>
    </message>
    <message>
        <source>A queue: producers add persistent sequential children; a consumer takes the head (the lowest) and deletes it.</source>
        <translation>Uma fila: os produtores acrescentam filhos persistentes sequenciais; um consumidor retira a cabeça (o mais baixo) e elimina-o.</translation>
    </message>
    <message>
        <source>A locking queue: a consumer marks the head as taken (an ephemeral node under taken) and deletes the item only when done; if it dies, the item is free again.</source>
        <translation>Uma fila com lock: um consumidor marca a cabeça como tomada (um nó efémero sob taken) e só elimina o elemento quando termina; se morrer, o elemento fica livre outra vez.</translation>
    </message>
    <message>
        <source>A party (group membership): each member adds an ephemeral child; the children are the members alive now.</source>
        <translation>Um grupo (pertença a um grupo): cada membro acrescenta um filho efémero; os filhos são os membros vivos agora.</translation>
    </message>
    <message>
        <source>A party (group membership) whose members carry their identifier in their node's name; each is ephemeral, gone with its member's session.</source>
        <translation>Um grupo (pertença a um grupo) cujos membros levam o seu identificador no nome do nó; cada um é efémero e desaparece com a sessão do seu membro.</translation>
    </message>
    <message>
        <source>A barrier: while the node exists, clients waiting on it are blocked; deleting it lets them all go.</source>
        <translation>Uma barreira: enquanto o nó existir, os clientes que esperam por ela ficam bloqueados; eliminá-lo deixa-os seguir a todos.</translation>
    </message>
    <message>
        <source>A double barrier: clients enter by adding an ephemeral child; when enough are in, ready is created and all start; they leave together the same way.</source>
        <translation>Uma barreira dupla: os clientes entram acrescentando um filho efémero; quando há suficientes, é criado ready e todos começam; saem juntos da mesma forma.</translation>
    </message>
    <message>
        <source>A shared counter: the node's data is the value; a change writes it with the version just read and tries again if someone else changed it first.</source>
        <translation>Um contador partilhado: os dados do nó são o valor; uma alteração escreve-o com a versão acabada de ler e tenta de novo se outro o tiver alterado primeiro.</translation>
    </message>
    <message>
        <source>holds it</source>
        <translation>detém-no</translation>
    </message>
    <message>
        <source>waits</source>
        <translation>espera</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>líder</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidato</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membro</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>em fila</translation>
    </message>
    <message>
        <source>being processed</source>
        <translation>em processamento</translation>
    </message>
    <message>
        <source>holds a lease</source>
        <translation>detém uma concessão</translation>
    </message>
    <message>
        <source>%s (read)</source>
        <translation>%s (leitura)</translation>
    </message>
    <message>
        <source>%s (write)</source>
        <translation>%s (escrita)</translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation>(sem identificador)</translation>
    </message>
    <message>
        <source>%s (session %s)</source>
        <translation>%s (sessão %s)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>(Curator items, %d bytes)</source>
        <translation>(elementos do Curator, %d bytes)</translation>
    </message>
    <message>
        <source>the layout matches %s exactly</source>
        <translation>a estrutura corresponde exatamente a %s</translation>
    </message>
    <message>
        <source>name pattern only: the names look like %s</source>
        <translation>só pelo padrão dos nomes: os nomes parecem de %s</translation>
    </message>
    <message>
        <source>name pattern only: the node's name suggests it</source>
        <translation>só pelo padrão dos nomes: o nome do nó sugere-o</translation>
    </message>
    <message>
        <source>%s — %s</source>
        <translation>%s — %s</translation>
    </message>
    <message>
        <source>Held by %s.</source>
        <translation>Detido por %s.</translation>
    </message>
    <message>
        <source>Nobody holds or waits for it now.</source>
        <translation>Ninguém o detém nem espera por ele agora.</translation>
    </message>
    <message>
        <source>Leader: %s.</source>
        <translation>Líder: %s.</translation>
    </message>
    <message>
        <source>No leader now.</source>
        <translation>Sem líder agora.</translation>
    </message>
    <message>
        <source>%d of %d leases held.</source>
        <translation>%d de %d concessões detidas.</translation>
    </message>
    <message>
        <source>Head: %s (%s).</source>
        <translation>Cabeça: %s (%s).</translation>
    </message>
    <message>
        <source>Value: %s.</source>
        <translation>Valor: %s.</translation>
    </message>
    <message>
        <source>Up: clients waiting on it are blocked until it is deleted.</source>
        <translation>Erguida: os clientes que esperam por ela ficam bloqueados até ser eliminada.</translation>
    </message>
    <message>
        <source>Ready: everyone entered, they may go.</source>
        <translation>Pronta: todos entraram, podem seguir.</translation>
    </message>
    <message>
        <source>Not ready: waiting for more to enter.</source>
        <translation>Não está pronta: à espera que entrem mais.</translation>
    </message>
    <message>
        <source>Held by %s until %s UTC.</source>
        <translation>Detida por %s até %s UTC.</translation>
    </message>
    <message>
        <source>Nobody holds it.</source>
        <translation>Ninguém a detém.</translation>
    </message>
    <message>
        <source>Other recipes write the same layout (%s); the node's name says %s.</source>
        <translation>Outras receitas escrevem a mesma estrutura (%s); o nome do nó indica %s.</translation>
    </message>
    <message>
        <source>Not proven: this is what the names suggest; the recipe's clients may be absent, or the node may be something else.</source>
        <translation>Não comprovado: é o que os nomes sugerem; os clientes da receita podem estar ausentes, ou o nó pode ser outra coisa.</translation>
    </message>
    <message>
        <source>This lock is a part of the semaphore %s.</source>
        <translation>Este lock faz parte do semáforo %s.</translation>
    </message>
    <message>
        <source>The selected node %s is a part of the recipe at %s.</source>
        <translation>O nó selecionado %s faz parte da receita em %s.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Seq.</source>
        <translation>Seq.</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Owner session</source>
        <translation>Sessão dona</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nó</translation>
    </message>
    <message>
        <source>Participants of the recipe show here.</source>
        <translation>Os participantes da receita aparecem aqui.</translation>
    </message>
    <message>
        <source>Select a node: if it belongs to a lock, an election, a queue, a party or another recipe, it is described here.</source>
        <translation>Selecione um nó: se pertencer a um lock, uma eleição, uma fila, um grupo ou outra receita, é descrito aqui.</translation>
    </message>
    <message>
        <source>%s is not part of a recipe this panel knows.</source>
        <translation>%s não faz parte de nenhuma receita que este painel conheça.</translation>
    </message>
    <message>
        <source>Recognised: kazoo's Lock, ReadLock/WriteLock, Semaphore, Election, Queue, LockingQueue, Party, ShallowParty, Barrier, DoubleBarrier, Counter and NonBlockingLease; Curator's locks, LeaderLatch, LeaderSelector, InterProcessSemaphoreV2, queues, barriers and counters.</source>
        <translation>Reconhecidas: Lock, ReadLock/WriteLock, Semaphore, Election, Queue, LockingQueue, Party, ShallowParty, Barrier, DoubleBarrier, Counter e NonBlockingLease do kazoo; os locks, LeaderLatch, LeaderSelector, InterProcessSemaphoreV2, filas, barreiras e contadores do Curator.</translation>
    </message>
    <message>
        <source>persistent</source>
        <translation>persistente</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>Receitas</translation>
    </message>
    <message>
        <source>What the selected node is in a lock, an election, a queue, a party... and who takes part, live</source>
        <translation>O que o nó selecionado é num lock, numa eleição, numa fila, num grupo... e quem participa, em direto</translation>
    </message>
    <message>
        <source>&amp;Recipes Panel</source>
        <translation>Painel de &amp;receitas</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>Search this node and everything under it (the selected node by default)</source>
        <translation>Pesquisar este nó e tudo o que está abaixo dele (por omissão, o nó selecionado)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Caminho</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>What the text is matched against</source>
        <translation>Onde o texto é procurado</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Qualquer tipo</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>Persistente</translation>
    </message>
    <message>
        <source>Ephemeral</source>
        <translation>Efémero</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>Sequencial</translation>
    </message>
    <message>
        <source>Only nodes of this type</source>
        <translation>Só nós deste tipo</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Read the text as a Python regular expression</source>
        <translation>Ler o texto como uma expressão regular de Python</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Maiúsculas/minúsculas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>ephemeral sequential</source>
        <translation>efémero sequencial</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>&amp;Sob:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Pro&amp;curar:</translation>
    </message>
    <message>
        <source>Regular expression, e.g. ^lock-\d+$</source>
        <translation>Expressão regular, p. ex. ^lock-\d+$</translation>
    </message>
    <message>
        <source>Text in the name, or a glob: lock-*</source>
        <translation>Texto no nome, ou um padrão glob: lock-*</translation>
    </message>
    <message>
        <source>Text in the path, or a glob: /app/**/config</source>
        <translation>Texto no caminho, ou um padrão glob: /app/**/config</translation>
    </message>
    <message>
        <source>Text in the data, e.g. localhost:2181</source>
        <translation>Texto nos dados, p. ex. localhost:2181</translation>
    </message>
    <message>
        <source>Plain text matches anywhere. With * ? or [ ] it is a glob: * stays within one path segment, ** crosses segments. Empty: every node of the chosen type.</source>
        <translation>O texto simples é procurado em qualquer posição. Com * ? ou [ ] é um padrão glob: * fica dentro de um segmento do caminho, ** atravessa segmentos. Vazio: todos os nós do tipo escolhido.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sem ligação.</translation>
    </message>
    <message>
        <source>Searching %s…</source>
        <translation>A pesquisar %s…</translation>
    </message>
    <message>
        <source>Search failed: %s</source>
        <extracomment>Results are sorted when the search ends if there are at most this many.</extracomment>
        <translation>A pesquisa falhou: %s</translation>
    </message>
    <message>
        <source>%s: the connection was interrupted</source>
        <translation>%s: a ligação foi interrompida</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln resultado</numerusform>
            <numerusform>%Ln resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln nó</numerusform>
            <numerusform>%Ln nós</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching… %1 in %2 so far</source>
        <translation>A pesquisar… %1 em %2 até agora</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Nodes of session %s: </source>
        <translation>Nós da sessão %s: </translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (parada)</translation>
    </message>
    <message>
        <source>Find nodes by name, path, data or type.</source>
        <translation>Procurar nós por nome, caminho, dados ou tipo.</translation>
    </message>
    <message>
        <source>Show in Tree</source>
        <translation>Mostrar na árvore</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Copiar o caminho</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>persistent</source>
        <translation>persistente</translation>
    </message>
    <message>
        <source>ephemeral</source>
        <translation>efémero</translation>
    </message>
    <message>
        <source>persistent sequential</source>
        <translation>persistente sequencial</translation>
    </message>
    <message>
        <source>ephemeral sequential</source>
        <translation>efémero sequencial</translation>
    </message>
    <message>
        <source>Not ephemeral: a persistent, container or TTL node (the server reports the three alike)</source>
        <translation>Não efémero: um nó persistente, contentor ou TTL (o servidor não distingue os três)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Caminho</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>%s bytes</source>
        <translation>%s bytes</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>SSH Key Passphrase</source>
        <translation>Frase-passe da chave SSH</translation>
    </message>
    <message>
        <source>Passphrase of the SSH key {0}:</source>
        <translation>Frase-passe da chave SSH {0}:</translation>
    </message>
    <message>
        <source>SSH Password</source>
        <translation>Palavra-passe SSH</translation>
    </message>
    <message>
        <source>Password of {0} on the jump host:</source>
        <translation>Palavra-passe de {0} no servidor de salto:</translation>
    </message>
    <message>
        <source>That was not accepted; try again.</source>
        <translation>Não foi aceite; tente de novo.</translation>
    </message>
    <message>
        <source>Remember it in the system &amp;keyring</source>
        <translation>Memorizar no &amp;porta-chaves do sistema</translation>
    </message>
    <message>
        <source>No system keyring was found</source>
        <translation>Não foi encontrado um porta-chaves do sistema</translation>
    </message>
</context>
<context>
    <name>ServerMonitor</name>
    <message>
        <source>The connect string names no server.</source>
        <translation>A cadeia de ligação não indica nenhum servidor.</translation>
    </message>
    <message>
        <source>This tab is not connected: connect it to see its servers.</source>
        <translation>Este separador não está ligado: ligue-o para ver os seus servidores.</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n server(s)…</source>
        <translation>
            <numerusform>A perguntar a %n servidor…</numerusform>
            <numerusform>A perguntar a %n servidores…</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is down: {1}.</source>
        <translation>{0} está em baixo: {1}.</translation>
    </message>
    <message>
        <source>Four-letter words not allowed on {0} were asked of the AdminServer (port {1}).</source>
        <translation>As palavras de quatro letras não permitidas em {0} foram pedidas ao AdminServer (porta {1}).</translation>
    </message>
    <message>
        <source>Not allowed on {0}: {1}.</source>
        <translation>Não permitidas em {0}: {1}.</translation>
    </message>
    <message>
        <source>Without them: no {0}.</source>
        <translation>Sem elas: sem {0}.</translation>
    </message>
    <message>
        <source>No AdminServer answers at http://{0}:{1}/commands/ ({2}).</source>
        <translation>Nenhum AdminServer responde em http://{0}:{1}/commands/ ({2}).</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>não perguntado</translation>
    </message>
    <message>
        <source>To allow them, add {0} to each member's zoo.cfg, or enable the AdminServer (admin.enableServer=true, admin.serverPort=PORT) and enter its port here; then restart the servers.</source>
        <translation>Para as permitir, acrescente {0} ao zoo.cfg de cada membro, ou ative o AdminServer (admin.enableServer=true, admin.serverPort=PORTA) e indique aqui a sua porta; depois reinicie os servidores.</translation>
    </message>
    <message>
        <source>watch count</source>
        <translation>número de vigias</translation>
    </message>
    <message>
        <source>data size</source>
        <translation>tamanho dos dados</translation>
    </message>
    <message>
        <source>open files</source>
        <translation>ficheiros abertos</translation>
    </message>
    <message>
        <source>client list</source>
        <translation>lista de clientes</translation>
    </message>
    <message>
        <source>connection refused (nothing listens on that port)</source>
        <translation>ligação recusada (nada escuta nessa porta)</translation>
    </message>
    <message>
        <source>no answer within {0} s</source>
        <translation>sem resposta em {0} s</translation>
    </message>
    <message>
        <source>unknown host ({0})</source>
        <translation>anfitrião desconhecido ({0})</translation>
    </message>
    <message>
        <source>the connection was closed without an answer (is it a ZooKeeper client port?)</source>
        <translation>a ligação foi fechada sem resposta (é uma porta de cliente ZooKeeper?)</translation>
    </message>
    <message>
        <source>something answers there, but not ZooKeeper's AdminServer ({0})</source>
        <translation>algo responde aí, mas não o AdminServer do ZooKeeper ({0})</translation>
    </message>
    <message>
        <source>not in 4lw.commands.whitelist</source>
        <translation>não está em 4lw.commands.whitelist</translation>
    </message>
    <message>
        <source>running but not serving requests (no quorum or an election)</source>
        <translation>a correr mas sem servir pedidos (sem quórum ou em eleição)</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <source>The members' AdminServer port (admin.serverPort), asked for what the four-letter words may not tell; 0: never</source>
        <translation>A porta do AdminServer dos membros (admin.serverPort), consultada para o que as palavras de quatro letras não puderem dizer; 0: nunca</translation>
    </message>
    <message>
        <source>&amp;AdminServer port:</source>
        <translation>Porta do &amp;AdminServer:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message numerus="yes">
        <source>Ask every member now (the panel asks every %n s while shown)</source>
        <translation>
            <numerusform>Perguntar a todos os membros agora (o painel pergunta a cada %n s enquanto está visível)</numerusform>
            <numerusform>Perguntar a todos os membros agora (o painel pergunta a cada %n s enquanto está visível)</numerusform>
        </translation>
    </message>
    <message>
        <source>Word:</source>
        <translation>Palavra:</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Asking %s…</source>
        <translation>A perguntar a %s…</translation>
    </message>
    <message>
        <source>{0} is down.</source>
        <translation>{0} está em baixo.</translation>
    </message>
    <message>
        <source>{0} did not list its clients: {1}.</source>
        <translation>{0} não listou os seus clientes: {1}.</translation>
    </message>
    <message>
        <source>{0} is down: {1}.</source>
        <translation>{0} está em baixo: {1}.</translation>
    </message>
    <message>
        <source>(from the AdminServer, /commands/{0})</source>
        <translation>(do AdminServer, /commands/{0})</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>não perguntado</translation>
    </message>
    <message>
        <source>{0}; the AdminServer: {1}</source>
        <translation>{0}; o AdminServer: {1}</translation>
    </message>
</context>
<context>
    <name>ServerTableModel</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Zxid (epoch:counter)</source>
        <translation>Zxid (época:contador)</translation>
    </message>
    <message>
        <source>Latency min/avg/max</source>
        <translation>Latência mín./méd./máx.</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendentes</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Ligações</translation>
    </message>
    <message>
        <source>Znodes</source>
        <translation>Znodes</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Vigias</translation>
    </message>
    <message>
        <source>Data size</source>
        <translation>Tamanho dos dados</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>Ficheiros abertos</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>a perguntar…</translation>
    </message>
    <message>
        <source>up since {0}</source>
        <translation>ativo desde {0}</translation>
    </message>
    <message>
        <source>down since {0}</source>
        <translation>em baixo desde {0}</translation>
    </message>
    <message>
        <source>{0} / {1} / {2} ms</source>
        <translation>{0} / {1} / {2} ms</translation>
    </message>
    <message>
        <source>This tab's session is connected to this server</source>
        <translation>A sessão deste separador está ligada a este servidor</translation>
    </message>
    <message>
        <source>{0} is down: {1}.</source>
        <translation>{0} está em baixo: {1}.</translation>
    </message>
    <message>
        <source>Last zxid 0x{0:x}: epoch {1}, counter {2}</source>
        <translation>Último zxid 0x{0:x}: época {1}, contador {2}</translation>
    </message>
    <message>
        <source>About {0} bytes of node data and paths</source>
        <translation>Cerca de {0} bytes de dados e caminhos dos nós</translation>
    </message>
</context>
<context>
    <name>SshTunnelGroup</name>
    <message>
        <source>SSH tu&amp;nnel through a jump host</source>
        <translation>Tú&amp;nel SSH através de um servidor de salto</translation>
    </message>
    <message>
        <source>e.g. bastion.example.com</source>
        <translation>p. ex. bastiao.exemplo.pt</translation>
    </message>
    <message>
        <source>The SSH server that reaches the ZooKeeper servers; its host key is checked against ~/.ssh/known_hosts</source>
        <translation>O servidor SSH que chega aos servidores ZooKeeper; a sua chave de anfitrião é verificada em ~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>Empty: the SSH agent, then ~/.ssh/id_*</source>
        <translation>Vazio: o agente SSH, depois ~/.ssh/id_*</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Jump host:</source>
        <translation>Servidor de &amp;salto:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizador:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Ficheiro da &amp;chave:</translation>
    </message>
    <message>
        <source>Enter the SSH jump host, or untick the SSH tunnel.</source>
        <translation>Indique o servidor de salto SSH, ou desassinale o túnel SSH.</translation>
    </message>
    <message>
        <source>The SSH key file {0} does not exist.</source>
        <translation>O ficheiro de chave SSH {0} não existe.</translation>
    </message>
    <message>
        <source>Choose an SSH private key</source>
        <translation>Escolher uma chave privada SSH</translation>
    </message>
</context>
<context>
    <name>StatView</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Find Nodes of This Session</source>
        <translation>Procurar os nós desta sessão</translation>
    </message>
    <message>
        <source>Find Nodes of Session %s</source>
        <translation>Procurar os nós da sessão %s</translation>
    </message>
    <message>
        <source>Double-click to find the other nodes this session owns.</source>
        <translation>Faça duplo clique para procurar os outros nós de que esta sessão é dona.</translation>
    </message>
    <message>
        <source>%s — owner: this connection</source>
        <translation>%s — dona: esta ligação</translation>
    </message>
    <message>
        <source>This connection's own session owns this ephemeral node.</source>
        <translation>A própria sessão desta ligação é dona deste nó efémero.</translation>
    </message>
    <message>
        <source>a container</source>
        <translation>um contentor</translation>
    </message>
    <message>
        <source>a TTL node (%s)</source>
        <translation>um nó TTL (%s)</translation>
    </message>
    <message>
        <source>0 — created here as %s</source>
        <translation>0 — criado aqui como %s</translation>
    </message>
    <message>
        <source>This app created the node as %s in this connection. The server reports it like any persistent node (ephemeralOwner 0).</source>
        <translation>Esta aplicação criou o nó como %s nesta ligação. O servidor apresenta-o como qualquer nó persistente (ephemeralOwner 0).</translation>
    </message>
</context>
<context>
    <name>SubtreeDelete</name>
    <message numerus="yes">
        <source>%Ln node(s) deleted.</source>
        <translation>
            <numerusform>%Ln nó eliminado.</numerusform>
            <numerusform>%Ln nós eliminados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Parado antes do fim.</translation>
    </message>
    <message>
        <source>Still on the server: %s</source>
        <translation>Ainda no servidor: %s</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more error(s).</source>
        <translation>
            <numerusform>… e mais %n erro.</numerusform>
            <numerusform>… e mais %n erros.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was closed; refresh to see what remains.</source>
        <translation>A ligação foi fechada; atualize para ver o que resta.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Stopping after the batch in flight…</source>
        <translation>A parar depois do lote em curso…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Line %d: %s</source>
        <translation>Linha %d: %s</translation>
    </message>
    <message>
        <source>A single quote is not closed.</source>
        <translation>Uma aspa simples não está fechada.</translation>
    </message>
    <message>
        <source>\x must be followed by two hexadecimal digits.</source>
        <translation>\x tem de ser seguido de dois dígitos hexadecimais.</translation>
    </message>
    <message>
        <source>Unknown escape \%s in double quotes (\\ is a backslash).</source>
        <translation>Escape desconhecido \%s entre aspas duplas (\\ é uma barra invertida).</translation>
    </message>
    <message>
        <source>A double quote is not closed.</source>
        <translation>Uma aspa dupla não está fechada.</translation>
    </message>
    <message>
        <source>A path must be text (UTF-8).</source>
        <translation>Um caminho tem de ser texto (UTF-8).</translation>
    </message>
    <message>
        <source>%s must be a version number (0, 1, 2… or -1), not %r.</source>
        <translation>%s tem de ser um número de versão (0, 1, 2… ou -1), não %r.</translation>
    </message>
    <message>
        <source>%r is not an operation; write create, set, delete or check.</source>
        <translation>%r não é uma operação; escreva create, set, delete ou check.</translation>
    </message>
    <message>
        <source>Write it as: %s</source>
        <translation>Escreva-a assim: %s</translation>
    </message>
    <message>
        <source>The version</source>
        <translation>A versão</translation>
    </message>
    <message>
        <source>Nothing to commit: add operations first.</source>
        <translation>Nada a submeter: acrescente primeiro operações.</translation>
    </message>
    <message>
        <source>The transaction would be a request of %s; the server accepts at most %s in one request. Split it into smaller transactions.</source>
        <translation>A transação seria um pedido de %s; o servidor aceita no máximo %s num pedido. Divida-a em transações mais pequenas.</translation>
    </message>
</context>
<context>
    <name>TransactionBuilder</name>
    <message>
        <source>Nothing was sent: %s</source>
        <translation>Nada foi enviado: %s</translation>
    </message>
    <message>
        <source>Nothing to commit: add operations first.</source>
        <translation>Nada a submeter: acrescente primeiro operações.</translation>
    </message>
    <message>
        <source>This connection is read-only: the transaction was not sent.</source>
        <translation>Esta ligação é só de leitura: a transação não foi enviada.</translation>
    </message>
    <message>
        <source>Not connected: the transaction was not sent.</source>
        <translation>Sem ligação: a transação não foi enviada.</translation>
    </message>
    <message>
        <source>The transaction failed as a whole: %s</source>
        <translation>A transação falhou no seu todo: %s</translation>
    </message>
    <message>
        <source>The connection was closed before the server answered: the transaction may or may not have been applied.</source>
        <translation>A ligação foi fechada antes de o servidor responder: a transação pode ter sido aplicada ou não.</translation>
    </message>
    <message numerus="yes">
        <source>Committed: all %n operation(s) applied at once.</source>
        <translation>
            <numerusform>Submetida: a %n operação foi aplicada.</numerusform>
            <numerusform>Submetida: todas as %n operações foram aplicadas de uma vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was applied. Operation %d (%s) failed: %s</source>
        <translation>Nada foi aplicado. A operação %d (%s) falhou: %s</translation>
    </message>
    <message>
        <source>created %s</source>
        <translation>%s criado</translation>
    </message>
    <message>
        <source>data set (version %d)</source>
        <translation>dados escritos (versão %d)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>it exists</source>
        <translation>existe</translation>
    </message>
    <message>
        <source>version matches</source>
        <translation>a versão corresponde</translation>
    </message>
    <message>
        <source>rolled back: it succeeded, but another operation failed</source>
        <translation>revertida: foi bem-sucedida, mas outra operação falhou</translation>
    </message>
    <message>
        <source>not tried: an earlier operation failed</source>
        <translation>não tentada: uma operação anterior falhou</translation>
    </message>
    <message>
        <source>%s has version %d, not %d.</source>
        <translation>%s tem a versão %d, não a %d.</translation>
    </message>
    <message>
        <source>%s cannot be created: its parent %s does not exist.</source>
        <translation>Não é possível criar %s: o nó pai %s não existe.</translation>
    </message>
</context>
<context>
    <name>TransactionEditor</name>
    <message>
        <source>Check Version</source>
        <extracomment>Characters of an operation shown in the results (the tooltip has all of it).</extracomment>
        <translation>Verificar a versão</translation>
    </message>
    <message>
        <source>Add: the transaction fails unless the selected node still has its version</source>
        <translation>Acrescentar: a transação falha se o nó selecionado já não tiver esta versão</translation>
    </message>
    <message>
        <source>Set Data</source>
        <translation>Escrever os dados</translation>
    </message>
    <message>
        <source>Add: write the data shown for the selected node, if its version is unchanged</source>
        <translation>Acrescentar: escrever os dados mostrados do nó selecionado, se a versão não tiver mudado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Add: delete the selected node, if its version is unchanged</source>
        <translation>Acrescentar: eliminar o nó selecionado, se a versão não tiver mudado</translation>
    </message>
    <message>
        <source>Create Under</source>
        <translation>Criar abaixo</translation>
    </message>
    <message>
        <source>Add: create a child of the selected node (edit its name in the table)</source>
        <translation>Acrescentar: criar um filho do nó selecionado (edite o nome na tabela)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected operations</source>
        <translation>Remover as operações selecionadas</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the operation up</source>
        <translation>Subir a operação</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Move the operation down</source>
        <translation>Descer a operação</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Remove every operation</source>
        <translation>Remover todas as operações</translation>
    </message>
    <message>
        <source>Syntax…</source>
        <translation>Sintaxe…</translation>
    </message>
    <message>
        <source>How to write operations as text</source>
        <translation>Como escrever as operações como texto</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Submeter</translation>
    </message>
    <message>
        <source>Send every operation as one transaction: all are applied, or none</source>
        <translation>Enviar todas as operações numa só transação: ou são todas aplicadas, ou nenhuma</translation>
    </message>
    <message>
        <source>check /conf 3
set /conf/db 'url=jdbc:...' 2
create /app1/p_ first
delete /old</source>
        <translation>check /conf 3
set /conf/db 'url=jdbc:...' 2
create /app1/p_ primeiro
delete /old</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operação</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>The result of each operation shows here.</source>
        <translation>O resultado de cada operação aparece aqui.</translation>
    </message>
    <message>
        <source>Add for the selected node:</source>
        <translation>Acrescentar para o nó selecionado:</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>A submeter…</translation>
    </message>
    <message>
        <source>Transaction syntax</source>
        <translation>Sintaxe das transações</translation>
    </message>
    <message>
        <source>One operation a line:
  create [-e] [-s] PATH [DATA]   (-e ephemeral, -s sequential)
  set PATH DATA [VERSION]
  delete PATH [VERSION]
  check PATH VERSION
A VERSION left out (or -1) means any version; check with -1 only asks that the node exists. Lines starting with # are comments.

Quoting: a PATH or DATA with spaces goes in quotes. 'single quotes' take everything literally up to the next single quote. "double quotes" understand \" \\ \n \t \r and \xHH (one byte, for binary data). A word without quotes is taken as it is, e.g. {"a":1}.

Commit sends all the operations as one request: the server applies all of them or none.</source>
        <translation>Uma operação por linha:
  create [-e] [-s] CAMINHO [DADOS]   (-e efémero, -s sequencial)
  set CAMINHO DADOS [VERSÃO]
  delete CAMINHO [VERSÃO]
  check CAMINHO VERSÃO
Sem VERSÃO (ou com -1) aceita-se qualquer versão; check com -1 só exige que o nó exista. As linhas que começam por # são comentários.

Aspas: um CAMINHO ou DADOS com espaços vão entre aspas. 'Aspas simples' aceitam tudo literalmente até à aspa simples seguinte. "Aspas duplas" entendem \" \\ \n \t \r e \xHH (um byte, para dados binários). Uma palavra sem aspas é aceite tal como está, p. ex. {"a":1}.

Submeter envia todas as operações num só pedido: o servidor aplica todas ou nenhuma.</translation>
    </message>
    <message>
        <source>Add to &amp;Transaction</source>
        <translation>Acrescentar à &amp;transação</translation>
    </message>
</context>
<context>
    <name>TransactionTable</name>
    <message>
        <source>Operation</source>
        <extracomment>What the Operation column offers: the words of the text form (flags included).</extracomment>
        <translation>Operação</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Caminho</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existe</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <source>Choose check, create, set or delete.</source>
        <translation>Escolha check, create, set ou delete.</translation>
    </message>
    <message>
        <source>A version is a number: 0, 1, 2… (or -1 for any).</source>
        <translation>Uma versão é um número: 0, 1, 2… (ou -1 para qualquer).</translation>
    </message>
</context>
<context>
    <name>TransferCounts</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>Paths a report or a question names of one kind (the rest are counted). The file name ending exports get by default (JSON Lines; ".gz" compresses). The answers of the dialogs, as the zk layer names them. A quiet job (a rename typed in the tree) emits ``slow`` if it runs longer than this.</extracomment>
        <translation>
            <numerusform>… e mais %n</numerusform>
            <numerusform>… e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n criado</numerusform>
            <numerusform>%n criados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overwritten</source>
        <translation>
            <numerusform>%n substituído</numerusform>
            <numerusform>%n substituídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n eliminado</numerusform>
            <numerusform>%n eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (in the way, kept)</source>
        <translation>
            <numerusform>%n saltado (no caminho, mantido)</numerusform>
            <numerusform>%n saltados (no caminho, mantidos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already the same</source>
        <translation>
            <numerusform>%n já igual</numerusform>
            <numerusform>%n já iguais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) not written.</source>
        <translation>
            <numerusform>%n nó não escrito.</numerusform>
            <numerusform>%n nós não escritos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) hold sequential children numbered too far ahead of the count their copy would have (over %2 steps to raise it): new sequential children there would get lower numbers than those entries, e.g. %1.</source>
        <translation>
            <numerusform>%n nó tem filhos sequenciais numerados muito à frente da contagem que a sua cópia teria (mais de %2 passos para a subir): os novos filhos sequenciais aí receberiam números mais baixos do que essas entradas, p. ex. %1.</numerusform>
            <numerusform>%n nós têm filhos sequenciais numerados muito à frente da contagem que a sua cópia teria (mais de %2 passos para a subir): os novos filhos sequenciais aí receberiam números mais baixos do que essas entradas, p. ex. %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferFlows</name>
    <message>
        <source>Compare</source>
        <extracomment>A rename typed in the tree shows its dialog only if it is still running after this.</extracomment>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>C&amp;ompare Panel</source>
        <translation>Painel de c&amp;omparação</translation>
    </message>
    <message>
        <source>Not connected: connect this tab first.</source>
        <translation>Sem ligação: ligue primeiro este separador.</translation>
    </message>
    <message>
        <source>Export %s to</source>
        <translation>Exportar %s para</translation>
    </message>
    <message>
        <source>Export Subtree</source>
        <translation>Exportar subárvore</translation>
    </message>
    <message>
        <source>Export %1 of %2
to %3</source>
        <translation>Exportar %1 de %2
para %3</translation>
    </message>
    <message>
        <source>Exporting %s…</source>
        <translation>A exportar %s…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import under %s</source>
        <translation>Importar sob %s</translation>
    </message>
    <message>
        <source>%1, under %2</source>
        <translation>%1, sob %2</translation>
    </message>
    <message>
        <source>Checking what would be written…</source>
        <translation>A verificar o que seria escrito…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>A importar…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>A verificar o ficheiro…</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) copied (with their subtrees): paste with Ctrl+V here or in another tab.</source>
        <translation>
            <numerusform>%n nó copiado (com a sua subárvore): cole com Ctrl+V aqui ou noutro separador.</numerusform>
            <numerusform>%n nós copiados (com as suas subárvores): cole com Ctrl+V aqui ou noutro separador.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Colar</translation>
    </message>
    <message>
        <source>Nothing to paste: copy nodes first (their connection must be open).</source>
        <translation>Nada para colar: copie primeiro nós (a sua ligação tem de estar aberta).</translation>
    </message>
    <message>
        <source>Nothing can be written under /zookeeper.</source>
        <translation>Nada pode ser escrito sob /zookeeper.</translation>
    </message>
    <message>
        <source>Counting the nodes…</source>
        <translation>A contar os nós…</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>A copiar…</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>This node cannot be renamed.</source>
        <translation>Este nó não pode ser renomeado.</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Largar</translation>
    </message>
    <message>
        <source>Only nodes of this window's tabs can be dropped.</source>
        <translation>Só podem ser largados nós dos separadores desta janela.</translation>
    </message>
    <message>
        <source>Move one node at a time (or copy with Ctrl held).</source>
        <translation>Mova um nó de cada vez (ou copie com Ctrl premido).</translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation>A renomear…</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>A mover…</translation>
    </message>
    <message>
        <source>zkinspector exports (*.jsonl *.jsonl.gz *.gz)</source>
        <translation>Exportações do zkinspector (*.jsonl *.jsonl.gz *.gz)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
</context>
<context>
    <name>TransferJob</name>
    <message>
        <source>The connection was closed; refresh to see what was done.</source>
        <translation>A ligação foi fechada; atualize para ver o que foi feito.</translation>
    </message>
    <message>
        <source>Container and TTL nodes made in this connection keep their kind; others become persistent nodes: ZooKeeper reports them as persistent ones.</source>
        <translation>Os nós contentores e TTL criados nesta ligação mantêm o seu tipo; os outros passam a nós persistentes: o ZooKeeper apresenta-os como persistentes.</translation>
    </message>
    <message>
        <source>Sequence counters left behind their children's numbers:</source>
        <translation>Contadores de sequência deixados atrás dos números dos seus filhos:</translation>
    </message>
    <message>
        <source>Created persistent, not of their kind:</source>
        <translation>Criados como persistentes, não do seu tipo:</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>nada para escrever</translation>
    </message>
    <message>
        <source>nothing written</source>
        <translation>nada escrito</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. It would do: %s.</source>
        <translation>Simulação, nada foi escrito. Faria: %s.</translation>
    </message>
    <message>
        <source>Nodes under %1: %2.</source>
        <translation>Nós sob %1: %2.</translation>
    </message>
    <message>
        <source>Stopped before the end, as asked.</source>
        <translation>Parado antes do fim, como pedido.</translation>
    </message>
    <message>
        <source>Ephemeral in the source, created as persistent nodes:</source>
        <translation>Efémeros na origem, criados como nós persistentes:</translation>
    </message>
    <message>
        <source>Ephemeral in the source, left out:</source>
        <translation>Efémeros na origem, deixados de fora:</translation>
    </message>
    <message>
        <source>Could not be written:</source>
        <translation>Não puderam ser escritos:</translation>
    </message>
    <message>
        <source>In flight when the connection was lost (written or not: refresh to see):</source>
        <translation>Em curso quando a ligação se perdeu (escritos ou não: atualize para ver):</translation>
    </message>
    <message>
        <source>Could not be read, so not copied (with what is under them):</source>
        <translation>Não puderam ser lidos, por isso não foram copiados (com o que está abaixo deles):</translation>
    </message>
</context>
<context>
    <name>TreeBadges</name>
    <message>
        <source>Persistent: it stays until someone deletes it (or it is a container or TTL node: the server does not tell clients which).</source>
        <extracomment>Pixels the name (with its icon) keeps at least before a badge is shrunk or left out.</extracomment>
        <translation>Persistente: fica até alguém o eliminar (ou é um nó contentor ou TTL: o servidor não diz aos clientes qual).</translation>
    </message>
    <message>
        <source>Ephemeral: it lives as long as the session that created it, and cannot have children.</source>
        <translation>Efémero: existe enquanto durar a sessão que o criou e não pode ter filhos.</translation>
    </message>
    <message>
        <source>Persistent and sequential: the server added a counter to its name when it was created, so names are unique and tell the order of creation.</source>
        <translation>Persistente e sequencial: o servidor acrescentou um contador ao nome quando foi criado, por isso os nomes são únicos e indicam a ordem de criação.</translation>
    </message>
    <message>
        <source>Ephemeral and sequential: gone with its session, and numbered by the server; locks, elections and queues are made of these.</source>
        <translation>Efémero e sequencial: desaparece com a sua sessão e é numerado pelo servidor; locks, eleições e filas são feitos destes.</translation>
    </message>
    <message>
        <source>Sequential: the server added a counter to its name when it was created.</source>
        <translation>Sequencial: o servidor acrescentou um contador ao nome quando foi criado.</translation>
    </message>
    <message>
        <source>The root of this connection (the chroot, when there is one).</source>
        <translation>A raiz desta ligação (o chroot, quando existe).</translation>
    </message>
    <message>
        <source>Your credentials do not let you read this node.</source>
        <translation>As suas credenciais não permitem ler este nó.</translation>
    </message>
    <message>
        <source>Recipe: %s. %s (View &gt; Recipes Panel shows who takes part.)</source>
        <translation>Receita: %s. %s (Ver &gt; Painel de receitas mostra quem participa.)</translation>
    </message>
</context>
<context>
    <name>TreePane</name>
    <message>
        <source>Path of the selected node — type a path and press Enter</source>
        <extracomment>A collapsed node with more children than this is unloaded (memory, server watches). Milliseconds the filter waits for the next keystroke before it narrows the tree. Milliseconds of the GUI thread the filter takes per event-loop turn to hide or show rows. Rows of one expanded node the filter must change for it to be collapsed meanwhile. Milliseconds rows removed under an active filter wait before their ancestors are checked again (coalesces a churning node's changes).</extracomment>
        <translation>Caminho do nó selecionado — escreva um caminho e prima Enter</translation>
    </message>
    <message>
        <source>Filter the loaded nodes by name</source>
        <translation>Filtrar os nós carregados pelo nome</translation>
    </message>
    <message>
        <source>Shows only the loaded nodes whose names contain this text (in any case), with their ancestors; nothing is read from the server</source>
        <translation>Mostra apenas os nós carregados cujo nome contém este texto (maiúsculas ou minúsculas), com os seus antecessores; nada é lido do servidor</translation>
    </message>
    <message>
        <source>Sort Children</source>
        <translation>Ordenar os filhos</translation>
    </message>
    <message>
        <source>Sort &amp;Children</source>
        <translation>Ordenar os &amp;filhos</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Ligar…</translation>
    </message>
    <message>
        <source>Connect this tab to a ZooKeeper server or ensemble</source>
        <translation>Ligar este separador a um servidor ou ensemble ZooKeeper</translation>
    </message>
    <message>
        <source>&amp;New Connection…</source>
        <translation>&amp;Nova ligação…</translation>
    </message>
    <message>
        <source>Open a connection in a new tab</source>
        <translation>Abrir uma ligação num novo separador</translation>
    </message>
    <message>
        <source>Close &amp;Tab</source>
        <translation>Fechar o &amp;separador</translation>
    </message>
    <message>
        <source>Close this connection's tab and end its session</source>
        <translation>Fechar o separador desta ligação e terminar a sua sessão</translation>
    </message>
    <message>
        <source>Start &amp;Sandbox</source>
        <translation>Iniciar a s&amp;andbox</translation>
    </message>
    <message>
        <source>Start a local ZooKeeper with demo data and connect to it</source>
        <translation>Iniciar um ZooKeeper local com dados de demonstração e ligar-se a ele</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desligar</translation>
    </message>
    <message>
        <source>Close the connection</source>
        <translation>Fechar a ligação</translation>
    </message>
    <message>
        <source>Add &amp;Credentials…</source>
        <translation>Adicionar &amp;credenciais…</translation>
    </message>
    <message>
        <source>Authenticate this session (addauth) to read and change protected nodes</source>
        <translation>Autenticar esta sessão (addauth) para ler e alterar nós protegidos</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Perfis…</translation>
    </message>
    <message>
        <source>Add, edit, import and export named connection profiles</source>
        <translation>Acrescentar, editar, importar e exportar perfis de ligação com nome</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Read the selected node and its children again</source>
        <translation>Ler de novo o nó selecionado e os seus filhos</translation>
    </message>
    <message>
        <source>&amp;New Node…</source>
        <translation>&amp;Novo nó…</translation>
    </message>
    <message>
        <source>Create a node under the selected one</source>
        <translation>Criar um nó abaixo do selecionado</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected nodes with their subtrees</source>
        <translation>Eliminar os nós selecionados com as suas subárvores</translation>
    </message>
    <message>
        <source>&amp;Save Data</source>
        <translation>&amp;Guardar os dados</translation>
    </message>
    <message>
        <source>Write the edited data to the server</source>
        <translation>Escrever no servidor os dados alterados</translation>
    </message>
    <message>
        <source>Re&amp;vert Data</source>
        <translation>Re&amp;verter os dados</translation>
    </message>
    <message>
        <source>Drop the edit and show the data loaded</source>
        <translation>Descartar a alteração e mostrar os dados carregados</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>Copiar o &amp;caminho</translation>
    </message>
    <message>
        <source>Copy the selected node's path</source>
        <translation>Copiar o caminho do nó selecionado</translation>
    </message>
    <message>
        <source>&amp;Go to Path…</source>
        <translation>&amp;Ir para o caminho…</translation>
    </message>
    <message>
        <source>Type a path to show</source>
        <translation>Escrever um caminho para mostrar</translation>
    </message>
    <message>
        <source>&amp;Watch Subtree</source>
        <translation>&amp;Vigiar a subárvore</translation>
    </message>
    <message>
        <source>Log every change at any depth below the selected node (one persistent watch)</source>
        <translation>Registar todas as alterações a qualquer profundidade abaixo do nó selecionado (uma vigia persistente)</translation>
    </message>
    <message>
        <source>&amp;Copy Nodes</source>
        <translation>&amp;Copiar nós</translation>
    </message>
    <message>
        <source>Copy the selected nodes and their subtrees, to paste here or in another tab</source>
        <translation>Copiar os nós selecionados e as suas subárvores, para colar aqui ou noutro separador</translation>
    </message>
    <message>
        <source>&amp;Paste Nodes…</source>
        <translation>C&amp;olar nós…</translation>
    </message>
    <message>
        <source>Copy the nodes copied last under the selected node</source>
        <translation>Copiar os últimos nós copiados para baixo do nó selecionado</translation>
    </message>
    <message>
        <source>&amp;Move or Rename…</source>
        <translation>&amp;Mover ou renomear…</translation>
    </message>
    <message>
        <source>Move the selected node and its subtree to another path</source>
        <translation>Mover o nó selecionado e a sua subárvore para outro caminho</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <source>Rename the selected node in the tree</source>
        <translation>Renomear o nó selecionado na árvore</translation>
    </message>
    <message>
        <source>&amp;Export Subtree…</source>
        <translation>&amp;Exportar subárvore…</translation>
    </message>
    <message>
        <source>Write the selected node and its subtree to a file</source>
        <translation>Escrever o nó selecionado e a sua subárvore num ficheiro</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Recreate the nodes of an exported file under the selected node</source>
        <translation>Recriar os nós de um ficheiro exportado sob o nó selecionado</translation>
    </message>
    <message>
        <source>C&amp;ompare Subtrees…</source>
        <translation>C&amp;omparar subárvores…</translation>
    </message>
    <message>
        <source>List the differences between two subtrees, here or in another tab</source>
        <translation>Listar as diferenças entre duas subárvores, aqui ou noutro separador</translation>
    </message>
    <message>
        <source>&amp;Event Log</source>
        <translation>Registo de &amp;eventos</translation>
    </message>
    <message>
        <source>Show the watch events and connection states of this connection as they come</source>
        <translation>Mostrar os eventos das vigias e os estados desta ligação à medida que chegam</translation>
    </message>
    <message>
        <source>Node &amp;History</source>
        <translation>&amp;Histórico do nó</translation>
    </message>
    <message>
        <source>Show the values the selected node was seen with while the app is open</source>
        <translation>Mostrar os valores que o nó selecionado teve enquanto a aplicação está aberta</translation>
    </message>
    <message>
        <source>Co&amp;llapse All</source>
        <translation>&amp;Recolher tudo</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Pesquisar…</translation>
    </message>
    <message>
        <source>Find nodes by name, path, data or type under the selected node</source>
        <translation>Procurar nós por nome, caminho, dados ou tipo abaixo do nó selecionado</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto maior</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Red&amp;uzir</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto menor</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Tamanho normal</translation>
    </message>
    <message>
        <source>Text at the system's size</source>
        <translation>Texto no tamanho do sistema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Seguir o &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <source>&amp;Filter Tree</source>
        <translation>&amp;Filtrar a árvore</translation>
    </message>
    <message>
        <source>Show only the loaded nodes whose names contain a text</source>
        <translation>Mostrar apenas os nós carregados cujo nome contém um texto</translation>
    </message>
    <message>
        <source>By &amp;Name</source>
        <translation>Por &amp;nome</translation>
    </message>
    <message>
        <source>By &amp;Creation (oldest first)</source>
        <translation>Por &amp;criação (mais antigos primeiro)</translation>
    </message>
    <message>
        <source>By &amp;Modification (newest first)</source>
        <translation>Por &amp;modificação (mais recentes primeiro)</translation>
    </message>
    <message>
        <source>By &amp;Sequence Number</source>
        <translation>Por número de &amp;sequência</translation>
    </message>
    <message>
        <source>By &amp;Data Size (largest first)</source>
        <translation>Por tamanho dos &amp;dados (maiores primeiro)</translation>
    </message>
    <message>
        <source>By C&amp;hild Count (most first)</source>
        <translation>Por número de f&amp;ilhos (mais primeiro)</translation>
    </message>
    <message>
        <source>&amp;Transaction…</source>
        <translation>&amp;Transação…</translation>
    </message>
    <message>
        <source>Build operations and commit them at once: all are applied, or none</source>
        <translation>Montar operações e submetê-las de uma vez: ou são todas aplicadas, ou nenhuma</translation>
    </message>
    <message>
        <source>Check Its &amp;Version</source>
        <translation>Verificar a sua &amp;versão</translation>
    </message>
    <message>
        <source>Add to the transaction: fail unless the selected node still has its version</source>
        <translation>Acrescentar à transação: falhar se o nó selecionado já não tiver esta versão</translation>
    </message>
    <message>
        <source>&amp;Set Its Data</source>
        <translation>E&amp;screver os seus dados</translation>
    </message>
    <message>
        <source>Add to the transaction: write the data shown for the selected node</source>
        <translation>Acrescentar à transação: escrever os dados mostrados do nó selecionado</translation>
    </message>
    <message>
        <source>&amp;Delete It</source>
        <translation>&amp;Eliminá-lo</translation>
    </message>
    <message>
        <source>Add to the transaction: delete the selected node</source>
        <translation>Acrescentar à transação: eliminar o nó selecionado</translation>
    </message>
    <message>
        <source>&amp;Create Under It</source>
        <translation>&amp;Criar abaixo dele</translation>
    </message>
    <message>
        <source>Add to the transaction: create a child of the selected node</source>
        <translation>Acrescentar à transação: criar um filho do nó selecionado</translation>
    </message>
    <message>
        <source>Ser&amp;vers</source>
        <translation>Ser&amp;vidores</translation>
    </message>
    <message>
        <source>Show the servers of this connection: mode, latency, clients, full answers</source>
        <translation>Mostrar os servidores desta ligação: modo, latência, clientes, respostas completas</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Registo</translation>
    </message>
    <message>
        <source>Show what zkinspector logs, live</source>
        <translation>Mostrar o registo do zkinspector, em direto</translation>
    </message>
    <message>
        <source>&amp;About zkinspector</source>
        <translation>A&amp;cerca do zkinspector</translation>
    </message>
</context>
<context>
    <name>ZnodeTreeModel</name>
    <message>
        <source>Node</source>
        <extracomment>Rows in the first insert of a large listing, and rows made per event-loop turn after it (about 5 ms of work each), before the rest go in as one insert. Milliseconds between the first batch and the rest: time for the view to paint it. Under heavy churn a node is re-listed (and the view repainted) at most once in this many milliseconds: a children watch event re-lists at once unless a re-listing was made less than this long ago, then it waits for the rest of it (with the others). Stats read at a time when a large node is sorted by them. The kind of recipe (zk/recipes.py) a node's children show, for the badge; None if none. What a listing carries besides the names: their stats and their values (zk/order.py), each a list in the names' order, or None.</extracomment>
        <translation>Nó</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Filhos</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <source>Locked: your credentials do not allow reading it</source>
        <translation>Bloqueado: as suas credenciais não permitem lê-lo</translation>
    </message>
    <message>
        <source>Kind: %s</source>
        <translation>Tipo: %s</translation>
    </message>
    <message>
        <source>Owner session: %s (this connection)</source>
        <translation>Sessão dona: %s (esta ligação)</translation>
    </message>
    <message>
        <source>Owner session: %s</source>
        <translation>Sessão dona: %s</translation>
    </message>
    <message>
        <source>Data: %d bytes, version %d</source>
        <translation>Dados: %d bytes, versão %d</translation>
    </message>
</context>
<context>
    <name>zk.acl</name>
    <message>
        <source>Give at least one permission, such as "r" or "cdrwa".</source>
        <translation>Indique pelo menos uma permissão, como "r" ou "cdrwa".</translation>
    </message>
    <message>
        <source>"{0}" is not a permission; use read, write, create, delete or admin.</source>
        <translation>"{0}" não é uma permissão; use read, write, create, delete ou admin.</translation>
    </message>
    <message>
        <source>"{0}" is not a permission letter; use c (create), d (delete), r (read), w (write) and a (admin).</source>
        <translation>"{0}" não é uma letra de permissão; use c (criar), d (eliminar), r (ler), w (escrever) e a (administrar).</translation>
    </message>
    <message>
        <source>"{0}" is not an IP address; an ip ACL id looks like "10.0.0.1", "10.0.0.0/8" or "2001:db8::/32".</source>
        <translation>"{0}" não é um endereço IP; um id de ACL ip tem a forma "10.0.0.1", "10.0.0.0/8" ou "2001:db8::/32".</translation>
    </message>
    <message>
        <source>The network mask "/{0}" must be a number of bits.</source>
        <translation>A máscara de rede "/{0}" tem de ser um número de bits.</translation>
    </message>
    <message>
        <source>The network mask /{0} is too long for an IPv{1} address (at most /{2}).</source>
        <translation>A máscara de rede /{0} é demasiado longa para um endereço IPv{1} (no máximo /{2}).</translation>
    </message>
    <message>
        <source>A digest id must look like "user:hash", where hash is the base64 SHA-1 digest of user:password (the digest helper computes it from a password).</source>
        <translation>Um id digest tem a forma "utilizador:hash", em que hash é o resumo SHA-1 em base64 de utilizador:palavra-passe (o assistente Digest calcula-o a partir de uma palavra-passe).</translation>
    </message>
    <message>
        <source>"{0}" is not an ACL scheme; use one of {1}.</source>
        <translation>"{0}" não é um esquema de ACL; use um destes: {1}.</translation>
    </message>
    <message>
        <source>The world scheme only has the id "anyone" (world:anyone).</source>
        <translation>O esquema world só tem o id "anyone" (world:anyone).</translation>
    </message>
    <message>
        <source>The {0} scheme needs an id (scheme:id:permissions).</source>
        <translation>O esquema {0} precisa de um id (esquema:id:permissões).</translation>
    </message>
    <message>
        <source>An ACL entry needs at least one permission, such as "r" or "cdrwa".</source>
        <translation>Uma entrada de ACL precisa de pelo menos uma permissão, como "r" ou "cdrwa".</translation>
    </message>
    <message>
        <source>"{0}" is not an ACL; write it as scheme:id:permissions, for example "world:anyone:cdrwa".</source>
        <translation>"{0}" não é uma ACL; escreva-a como esquema:id:permissões, por exemplo "world:anyone:cdrwa".</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>Linha {0}: {1}</translation>
    </message>
    <message>
        <source>Give at least one ACL entry, such as "world:anyone:cdrwa".</source>
        <translation>Indique pelo menos uma entrada de ACL, como "world:anyone:cdrwa".</translation>
    </message>
</context>
<context>
    <name>zk.acl_ops</name>
    <message>
        <source>setting the ACL of {0}</source>
        <extracomment>set_acls requests kept in flight by apply_acl_tree.</extracomment>
        <translation>definia a ACL de {0}</translation>
    </message>
</context>
<context>
    <name>zk.connstr</name>
    <message>
        <source>"{0}" has an empty port; write HOST:PORT or leave out ":PORT".</source>
        <translation>"{0}" tem a porta vazia; escreva ANFITRIÃO:PORTA ou omita ":PORTA".</translation>
    </message>
    <message>
        <source>"{0}" has an invalid port "{1}"; a port is a number.</source>
        <translation>"{0}" tem uma porta inválida "{1}"; uma porta é um número.</translation>
    </message>
    <message>
        <source>"{0}" has port {1}; a port must be between 1 and 65535.</source>
        <translation>"{0}" tem a porta {1}; uma porta tem de estar entre 1 e 65535.</translation>
    </message>
    <message>
        <source>The host name in "{0}" is too long (over 253 characters).</source>
        <translation>O nome do anfitrião em "{0}" é demasiado longo (mais de 253 caracteres).</translation>
    </message>
    <message>
        <source>"{0}" is not a valid host name (it has an empty part).</source>
        <translation>"{0}" não é um nome de anfitrião válido (tem uma parte vazia).</translation>
    </message>
    <message>
        <source>"{0}" is not a valid host name; use letters, digits, "-" and ".".</source>
        <translation>"{0}" não é um nome de anfitrião válido; use letras, algarismos, "-" e ".".</translation>
    </message>
    <message>
        <source>"{0}" is not a valid IPv4 address.</source>
        <translation>"{0}" não é um endereço IPv4 válido.</translation>
    </message>
    <message>
        <source>"{0}" has "[" without a closing "]".</source>
        <translation>"{0}" tem "[" sem o "]" de fecho.</translation>
    </message>
    <message>
        <source>"{0}" in "{1}" is not a valid IPv6 address.</source>
        <translation>"{0}" em "{1}" não é um endereço IPv6 válido.</translation>
    </message>
    <message>
        <source>"{0}": only ":PORT" may follow the "]" of an IPv6 address.</source>
        <translation>"{0}": só ":PORTA" pode vir depois do "]" de um endereço IPv6.</translation>
    </message>
    <message>
        <source>Write IPv6 addresses in brackets, e.g. "[{0}]:{1}".</source>
        <translation>Escreva os endereços IPv6 entre parênteses retos, p. ex. "[{0}]:{1}".</translation>
    </message>
    <message>
        <source>"{0}" has no host name before the port.</source>
        <translation>"{0}" não tem nome de anfitrião antes da porta.</translation>
    </message>
    <message>
        <source>Enter a server, e.g. localhost:2181.</source>
        <translation>Introduza um servidor, p. ex. localhost:2181.</translation>
    </message>
    <message>
        <source>Enter at least one server before the chroot, e.g. localhost:2181/app.</source>
        <translation>Introduza pelo menos um servidor antes do chroot, p. ex. localhost:2181/app.</translation>
    </message>
    <message>
        <source>The server list has an empty entry (two commas, or a stray ",").</source>
        <translation>A lista de servidores tem uma entrada vazia (duas vírgulas, ou uma "," a mais).</translation>
    </message>
    <message>
        <source>"{0}" contains a space; separate servers with ",".</source>
        <translation>"{0}" contém um espaço; separe os servidores com ",".</translation>
    </message>
    <message>
        <source>Invalid chroot: {0}</source>
        <translation>Chroot inválido: {0}</translation>
    </message>
    <message>
        <source>"{0}" is not a valid SSH user name (no spaces, "@" or ":").</source>
        <translation>"{0}" não é um nome de utilizador SSH válido (sem espaços, "@" nem ":").</translation>
    </message>
    <message>
        <source>Enter the SSH jump host, e.g. bob@bastion.</source>
        <translation>Indique o servidor de salto SSH, p. ex. bob@bastiao.</translation>
    </message>
    <message>
        <source>"{0}" is not a jump host; write [USER@]HOST[:PORT].</source>
        <translation>"{0}" não é um servidor de salto; escreva [UTILIZADOR@]ANFITRIÃO[:PORTA].</translation>
    </message>
    <message>
        <source>Write the credential as SCHEME:CREDENTIAL, e.g. "digest:user:password".</source>
        <translation>Escreva a credencial como ESQUEMA:CREDENCIAL, p. ex. "digest:utilizador:palavra-passe".</translation>
    </message>
    <message>
        <source>The authentication scheme is missing before ":" (e.g. "digest").</source>
        <translation>Falta o esquema de autenticação antes de ":" (p. ex. "digest").</translation>
    </message>
    <message>
        <source>"{0}" is not a valid authentication scheme.</source>
        <translation>"{0}" não é um esquema de autenticação válido.</translation>
    </message>
    <message>
        <source>The credential after "{0}:" is empty.</source>
        <translation>A credencial depois de "{0}:" está vazia.</translation>
    </message>
    <message>
        <source>A digest credential is "user:password", e.g. "digest:alice:secret".</source>
        <translation>Uma credencial digest é "utilizador:palavra-passe", p. ex. "digest:alice:segredo".</translation>
    </message>
    <message>
        <source>"{0}" is not a supported SASL mechanism; use {1}.</source>
        <translation>"{0}" não é um mecanismo SASL suportado; use {1}.</translation>
    </message>
    <message>
        <source>SASL DIGEST-MD5 needs a user name.</source>
        <translation>O SASL DIGEST-MD5 precisa de um nome de utilizador.</translation>
    </message>
    <message>
        <source>SASL DIGEST-MD5 needs a password.</source>
        <translation>O SASL DIGEST-MD5 precisa de uma palavra-passe.</translation>
    </message>
    <message>
        <source>Choose the SASL mechanism in its own field, not as an option.</source>
        <translation>Escolha o mecanismo SASL no seu próprio campo, não como opção.</translation>
    </message>
    <message>
        <source>"{0}" is not an option; write name=value, e.g. service=zookeeper.</source>
        <translation>"{0}" não é uma opção; escreva nome=valor, p. ex. service=zookeeper.</translation>
    </message>
    <message>
        <source>The session timeout must be more than 0 seconds.</source>
        <translation>O tempo limite da sessão tem de ser superior a 0 segundos.</translation>
    </message>
    <message>
        <source>A client key needs its client certificate too.</source>
        <translation>Uma chave de cliente também precisa do seu certificado de cliente.</translation>
    </message>
    <message>
        <source>Checking the server's host name needs its certificate to be verified too.</source>
        <translation>Verificar o nome do anfitrião do servidor exige que o seu certificado também seja verificado.</translation>
    </message>
    <message>
        <source>An SSH key or user needs an SSH jump host (--ssh).</source>
        <translation>Uma chave ou um utilizador SSH precisa de um servidor de salto SSH (--ssh).</translation>
    </message>
</context>
<context>
    <name>zk.copying</name>
    <message>
        <source>The subtree holds an ephemeral node ({1}), which belongs to another client's session; nothing was written. Copy it as a persistent node, or leave it out.</source>
        <translation>A subárvore contém um nó efémero ({1}), que pertence à sessão de outro cliente; nada foi escrito. Copie-o como nó persistente, ou deixe-o de fora.</translation>
    </message>
    <message>
        <source>The subtree holds {0} ephemeral nodes ({1}), which belong to another client's session; nothing was written. Copy them as persistent nodes, or leave them out.</source>
        <translation>A subárvore contém {0} nós efémeros ({1}), que pertencem à sessão de outro cliente; nada foi escrito. Copie-os como nós persistentes, ou deixe-os de fora.</translation>
    </message>
    <message>
        <source>{0} cannot be copied to {1}: into itself or below itself.</source>
        <translation>{0} não pode ser copiado para {1}: para si próprio ou para baixo de si próprio.</translation>
    </message>
</context>
<context>
    <name>zk.errors</name>
    <message>
        <source>Stopped before the end.</source>
        <translation>Parado antes do fim.</translation>
    </message>
    <message>
        <source>The node {0} does not exist (it may have been deleted by another client).</source>
        <translation>O nó {0} não existe (pode ter sido eliminado por outro cliente).</translation>
    </message>
    <message>
        <source>The node does not exist (it may have been deleted by another client).</source>
        <translation>O nó não existe (pode ter sido eliminado por outro cliente).</translation>
    </message>
    <message>
        <source>A node {0} already exists.</source>
        <translation>Já existe um nó {0}.</translation>
    </message>
    <message>
        <source>A node with that name already exists.</source>
        <translation>Já existe um nó com esse nome.</translation>
    </message>
    <message>
        <source>{0} has children; delete them first (or delete the whole subtree).</source>
        <translation>{0} tem filhos; elimine-os primeiro (ou elimine a subárvore inteira).</translation>
    </message>
    <message>
        <source>The node has children; delete them first (or delete the whole subtree).</source>
        <translation>O nó tem filhos; elimine-os primeiro (ou elimine a subárvore inteira).</translation>
    </message>
    <message>
        <source>do this on</source>
        <translation>fazer isto em</translation>
    </message>
    <message>
        <source>You are not allowed to {0} {1}: its ACL does not grant this to your credentials.</source>
        <translation>Não tem permissão para {0} {1}: a ACL do nó não o concede às suas credenciais.</translation>
    </message>
    <message>
        <source>You are not allowed to do this: the node's ACL does not grant it to your credentials.</source>
        <translation>Não tem permissão para fazer isto: a ACL do nó não o concede às suas credenciais.</translation>
    </message>
    <message>
        <source>{0} was changed on the server since it was loaded; reload it before saving again.</source>
        <translation>{0} foi alterado no servidor desde que foi carregado; recarregue-o antes de voltar a guardar.</translation>
    </message>
    <message>
        <source>The node was changed on the server since it was loaded; reload it before saving again.</source>
        <translation>O nó foi alterado no servidor desde que foi carregado; recarregue-o antes de voltar a guardar.</translation>
    </message>
    <message>
        <source>Ephemeral nodes cannot have children.</source>
        <translation>Os nós efémeros não podem ter filhos.</translation>
    </message>
    <message>
        <source>The server refused the ACL: it is invalid, or it uses the auth scheme while this connection has no credentials.</source>
        <translation>O servidor recusou a ACL: é inválida, ou usa o esquema auth sem que esta ligação tenha credenciais.</translation>
    </message>
    <message>
        <source>The server refused the credentials (authentication failed).</source>
        <translation>O servidor recusou as credenciais (a autenticação falhou).</translation>
    </message>
    <message>
        <source>The connection is closed; connect again to continue.</source>
        <translation>A ligação está fechada; volte a ligar para continuar.</translation>
    </message>
    <message>
        <source>The ZooKeeper session expired; its ephemeral nodes and watches are gone. A new session is being made; try again once connected.</source>
        <translation>A sessão ZooKeeper expirou; os seus nós efémeros e vigias desapareceram. Está a ser criada uma nova sessão; tente de novo quando estiver ligado.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the answer arrived; the operation may or may not have been applied.</source>
        <translation>A ligação ao servidor perdeu-se antes de chegar a resposta; a operação pode ou não ter sido aplicada.</translation>
    </message>
    <message>
        <source>The server rejected the request for {0} as invalid (bad arguments).</source>
        <translation>O servidor rejeitou o pedido para {0} por ser inválido (argumentos errados).</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid (bad arguments).</source>
        <translation>O servidor rejeitou o pedido por ser inválido (argumentos errados).</translation>
    </message>
    <message>
        <source>The transaction was rolled back: another operation in it failed.</source>
        <translation>A transação foi revertida: outra operação dela falhou.</translation>
    </message>
    <message>
        <source>The request could not be encoded or decoded (is the data too large?).</source>
        <translation>Não foi possível codificar ou descodificar o pedido (os dados são demasiado grandes?).</translation>
    </message>
    <message>
        <source>The quota on {0} or one of its parents would be exceeded.</source>
        <translation>A quota de {0} ou de um dos seus pais seria excedida.</translation>
    </message>
    <message>
        <source>The quota on the node or one of its parents would be exceeded.</source>
        <translation>A quota do nó ou de um dos seus pais seria excedida.</translation>
    </message>
    <message>
        <source>The server is in read-only mode and cannot make changes now.</source>
        <translation>O servidor está em modo só de leitura e agora não pode fazer alterações.</translation>
    </message>
    <message>
        <source>The server does not support this operation (it may be an older version).</source>
        <translation>O servidor não suporta esta operação (pode ser uma versão mais antiga).</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>O servidor não respondeu a tempo.</translation>
    </message>
    <message>
        <source>Not connected: the ZooKeeper client is stopped.</source>
        <translation>Sem ligação: o cliente ZooKeeper está parado.</translation>
    </message>
    <message>
        <source>ZooKeeper error for {0}: {1}.</source>
        <translation>Erro do ZooKeeper em {0}: {1}.</translation>
    </message>
    <message>
        <source>ZooKeeper error: {0}.</source>
        <translation>Erro do ZooKeeper: {0}.</translation>
    </message>
    <message>
        <source>ZooKeeper client error: {0}.</source>
        <translation>Erro do cliente ZooKeeper: {0}.</translation>
    </message>
    <message>
        <source>Unknown host: the server name could not be resolved.</source>
        <translation>Anfitrião desconhecido: não foi possível resolver o nome do servidor.</translation>
    </message>
    <message>
        <source>The server refused the connection; check that ZooKeeper is running on that host and port.</source>
        <translation>O servidor recusou a ligação; verifique se o ZooKeeper está a correr nesse anfitrião e nessa porta.</translation>
    </message>
    <message>
        <source>Network error: {0}.</source>
        <translation>Erro de rede: {0}.</translation>
    </message>
    <message>
        <source>Could not access {0}: {1}.</source>
        <translation>Não foi possível aceder a {0}: {1}.</translation>
    </message>
    <message>
        <source>Could not access it: {0}.</source>
        <translation>Não foi possível aceder: {0}.</translation>
    </message>
    <message>
        <source>Unexpected error: {0}: {1}</source>
        <translation>Erro inesperado: {0}: {1}</translation>
    </message>
</context>
<context>
    <name>zk.helper</name>
    <message>
        <source>The helper process stopped before the end.</source>
        <translation>O processo auxiliar terminou antes do fim.</translation>
    </message>
</context>
<context>
    <name>zk.importing</name>
    <message>
        <source>{0} changed after it was checked; nothing was written.</source>
        <translation>{0} mudou depois de ter sido verificado; nada foi escrito.</translation>
    </message>
</context>
<context>
    <name>zk.move</name>
    <message>
        <source>{0} cannot be moved or replaced: it belongs to the server.</source>
        <translation>{0} não pode ser movido nem substituído: pertence ao servidor.</translation>
    </message>
    <message>
        <source>{0} is already there.</source>
        <translation>{0} já está aí.</translation>
    </message>
    <message>
        <source>{0} cannot be moved under itself ({1}).</source>
        <translation>{0} não pode ser movido para baixo de si próprio ({1}).</translation>
    </message>
    <message>
        <source>The parent of {0} ({1}) does not exist.</source>
        <translation>O pai de {0} ({1}) não existe.</translation>
    </message>
    <message>
        <source>The subtree holds ephemeral nodes, which belong to another client's session and cannot be moved: {0}. Nothing was moved.</source>
        <translation>A subárvore contém nós efémeros, que pertencem à sessão de outro cliente e não podem ser movidos: {0}. Nada foi movido.</translation>
    </message>
    <message>
        <source>Nodes of the subtree cannot be read, so they cannot be moved: {0}. Nothing was moved.</source>
        <translation>Há nós da subárvore que não podem ser lidos, por isso não podem ser movidos: {0}. Nada foi movido.</translation>
    </message>
    <message>
        <source>The ACLs of nodes of the subtree cannot be read whole without ADMIN permission (their digest ids are hidden): {0}. Nothing was moved.</source>
        <translation>As ACL de nós da subárvore não podem ser lidas por inteiro sem a permissão ADMIN (os seus ids digest estão ocultos): {0}. Nada foi movido.</translation>
    </message>
    <message>
        <source>{0} cannot be read, so it cannot be moved.</source>
        <translation>{0} não pode ser lido, por isso não pode ser movido.</translation>
    </message>
    <message>
        <source>{0} is an ephemeral node: it cannot be moved.</source>
        <translation>{0} é um nó efémero: não pode ser movido.</translation>
    </message>
    <message>
        <source>The ACL of {0} cannot be read whole: not moved.</source>
        <translation>A ACL de {0} não pode ser lida por inteiro: não foi movido.</translation>
    </message>
    <message>
        <source>move</source>
        <translation>mover</translation>
    </message>
    <message>
        <source>Nothing was moved (one transaction, applied whole or not at all): {0}</source>
        <translation>Nada foi movido (uma só transação, aplicada por inteiro ou de todo não): {0}</translation>
    </message>
    <message>
        <source>read</source>
        <translation>ler</translation>
    </message>
    <message>
        <source>The ACL of {0} was changed after it was copied; it stays at the source, as do the nodes above it.</source>
        <translation>A ACL de {0} foi alterada depois de ter sido copiada; fica na origem, tal como os nós acima dele.</translation>
    </message>
    <message>
        <source>read the ACLs of</source>
        <translation>ler as ACL de</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>eliminar</translation>
    </message>
    <message>
        <source>moving {0}</source>
        <translation>movia {0}</translation>
    </message>
</context>
<context>
    <name>zk.node_types</name>
    <message>
        <source>The server refused the TTL node: TTL nodes need extendedTypesEnabled=true in the server's configuration.</source>
        <translation>O servidor recusou o nó TTL: os nós TTL precisam de extendedTypesEnabled=true nas definições do servidor.</translation>
    </message>
    <message>
        <source>A node is either a container or a TTL node, not both.</source>
        <translation>Um nó é contentor ou nó TTL, não ambos.</translation>
    </message>
    <message>
        <source>A container node cannot be ephemeral or sequential.</source>
        <translation>Um nó contentor não pode ser efémero nem sequencial.</translation>
    </message>
    <message>
        <source>A TTL node cannot be ephemeral (it is a persistent node).</source>
        <translation>Um nó TTL não pode ser efémero (é um nó persistente).</translation>
    </message>
    <message>
        <source>The TTL must be between 1 and {0} milliseconds.</source>
        <translation>O TTL tem de estar entre 1 e {0} milissegundos.</translation>
    </message>
    <message>
        <source>Neither a container nor a TTL node was asked for.</source>
        <translation>Não foi pedido nem um contentor nem um nó TTL.</translation>
    </message>
</context>
<context>
    <name>zk.paths</name>
    <message>
        <source>a NUL character (U+0000)</source>
        <translation>um carácter NUL (U+0000)</translation>
    </message>
    <message>
        <source>a control character (U+{0})</source>
        <translation>um carácter de controlo (U+{0})</translation>
    </message>
    <message>
        <source>a character outside the Basic Multilingual Plane ({0}, U+{1})</source>
        <translation>um carácter fora do plano multilingue básico ({0}, U+{1})</translation>
    </message>
    <message>
        <source>an unpaired surrogate (U+{0})</source>
        <translation>um substituto (surrogate) sem par (U+{0})</translation>
    </message>
    <message>
        <source>a private-use character (U+{0})</source>
        <translation>um carácter de uso privado (U+{0})</translation>
    </message>
    <message>
        <source>the character U+{0}</source>
        <translation>o carácter U+{0}</translation>
    </message>
    <message>
        <source>A path cannot contain {0}; ZooKeeper does not allow it.</source>
        <translation>Um caminho não pode conter {0}; o ZooKeeper não o permite.</translation>
    </message>
    <message>
        <source>A node name cannot contain {0}; ZooKeeper does not allow it.</source>
        <translation>Um nome de nó não pode conter {0}; o ZooKeeper não o permite.</translation>
    </message>
    <message>
        <source>A node name must be text.</source>
        <translation>Um nome de nó tem de ser texto.</translation>
    </message>
    <message>
        <source>A node name cannot be empty.</source>
        <translation>Um nome de nó não pode estar vazio.</translation>
    </message>
    <message>
        <source>A node name cannot contain "/".</source>
        <translation>Um nome de nó não pode conter "/".</translation>
    </message>
    <message>
        <source>A node name cannot be "{0}".</source>
        <translation>Um nome de nó não pode ser "{0}".</translation>
    </message>
    <message>
        <source>A path must be text.</source>
        <translation>Um caminho tem de ser texto.</translation>
    </message>
    <message>
        <source>The path is empty; a path starts with /.</source>
        <translation>O caminho está vazio; um caminho começa por /.</translation>
    </message>
    <message>
        <source>The path "{0}" must start with "/".</source>
        <translation>O caminho "{0}" tem de começar por "/".</translation>
    </message>
    <message>
        <source>The path "{0}" cannot end with "/".</source>
        <translation>O caminho "{0}" não pode terminar em "/".</translation>
    </message>
    <message>
        <source>The path "{0}" has an empty node name ("//").</source>
        <translation>O caminho "{0}" tem um nome de nó vazio ("//").</translation>
    </message>
    <message>
        <source>The path "{0}" cannot contain a "{1}" node name; ZooKeeper paths are always absolute.</source>
        <translation>O caminho "{0}" não pode conter um nó com o nome "{1}"; os caminhos do ZooKeeper são sempre absolutos.</translation>
    </message>
    <message>
        <source>"{0}" cannot start with "/": give a name relative to the parent.</source>
        <translation>"{0}" não pode começar por "/": indique um nome relativo ao pai.</translation>
    </message>
    <message>
        <source>"{0}" cannot end with "/".</source>
        <translation>"{0}" não pode terminar em "/".</translation>
    </message>
    <message>
        <source>"{0}" has an empty node name ("//").</source>
        <translation>"{0}" tem um nome de nó vazio ("//").</translation>
    </message>
</context>
<context>
    <name>zk.sandbox</name>
    <message>
        <source>sandbox was stopped while starting</source>
        <translation>a sandbox foi parada durante o arranque</translation>
    </message>
    <message>
        <source>Could not start the sandbox: {0}</source>
        <translation>Não foi possível iniciar a sandbox: {0}</translation>
    </message>
</context>
<context>
    <name>zk.search</name>
    <message>
        <source>Invalid regular expression: {0} at position {1}.</source>
        <extracomment>A search that knows of this many nodes it has not visited starts a helper at once.</extracomment>
        <translation>Expressão regular inválida: {0} na posição {1}.</translation>
    </message>
    <message>
        <source>Invalid regular expression: {0}.</source>
        <translation>Expressão regular inválida: {0}.</translation>
    </message>
    <message>
        <source>Invalid pattern: {0} at position {1}.</source>
        <translation>Padrão inválido: {0} na posição {1}.</translation>
    </message>
    <message>
        <source>Invalid pattern: {0}.</source>
        <translation>Padrão inválido: {0}.</translation>
    </message>
    <message>
        <source>A name cannot contain '/': search the Path field instead.</source>
        <translation>Um nome não pode conter '/': pesquise antes no campo Caminho.</translation>
    </message>
    <message>
        <source>Unknown node type {0!r}.</source>
        <translation>Tipo de nó desconhecido {0!r}.</translation>
    </message>
    <message>
        <source>Unknown search field {0!r}.</source>
        <translation>Campo de pesquisa desconhecido {0!r}.</translation>
    </message>
</context>
<context>
    <name>zk.sequence</name>
    <message>
        <source>{0}: its sequence counter was left as it is: its children are numbered up to {1}, {2} steps ahead of it (more than {3}). New sequential children there get lower numbers than those entries, and may collide with them.</source>
        <extracomment>The name of the child created and deleted to raise a counter (not sequential-looking).</extracomment>
        <translation>{0}: o seu contador de sequência ficou como estava: os seus filhos estão numerados até {1}, {2} passos à frente dele (mais de {3}). Os novos filhos sequenciais aí recebem números mais baixos do que essas entradas, e podem colidir com elas.</translation>
    </message>
    <message>
        <source>raise the sequence counter of</source>
        <translation>subir o contador de sequência de</translation>
    </message>
</context>
<context>
    <name>zk.server</name>
    <message>
        <source>Java not found: install a Java runtime (apt-get install default-jre-headless) or set JAVA_HOME (JAVA_HOME={0} has no bin/java)</source>
        <translation>Java não encontrado: instale um ambiente Java (apt-get install default-jre-headless) ou defina JAVA_HOME (JAVA_HOME={0} não tem bin/java)</translation>
    </message>
    <message>
        <source>Java not found: install a Java runtime (apt-get install default-jre-headless) or set JAVA_HOME</source>
        <translation>Java não encontrado: instale um ambiente Java (apt-get install default-jre-headless) ou defina JAVA_HOME</translation>
    </message>
    <message>
        <source>ZooKeeper jars not found: apt-get install zookeeper, or set ZOOKEEPER_HOME to an unpacked Apache ZooKeeper release (ZOOKEEPER_HOME={0} holds no zookeeper jar)</source>
        <translation>JARs do ZooKeeper não encontrados: apt-get install zookeeper, ou defina ZOOKEEPER_HOME com uma versão descompactada do Apache ZooKeeper (ZOOKEEPER_HOME={0} não contém nenhum jar do zookeeper)</translation>
    </message>
    <message>
        <source>ZooKeeper jars not found: apt-get install zookeeper, or set ZOOKEEPER_HOME to an unpacked Apache ZooKeeper release</source>
        <translation>JARs do ZooKeeper não encontrados: apt-get install zookeeper, ou defina ZOOKEEPER_HOME com uma versão descompactada do Apache ZooKeeper</translation>
    </message>
</context>
<context>
    <name>zk.server_info</name>
    <message>
        <source>The server does not say its version (srvr: {0}).</source>
        <translation>O servidor não indica a sua versão (srvr: {0}).</translation>
    </message>
</context>
<context>
    <name>zk.session</name>
    <message>
        <source>Not connected to a ZooKeeper server.</source>
        <translation>Sem ligação a um servidor ZooKeeper.</translation>
    </message>
    <message>
        <source>This connection is read-only: nothing is written to the server.</source>
        <translation>Esta ligação é só de leitura: nada é escrito no servidor.</translation>
    </message>
    <message>
        <source>Unknown host: {0} could not be resolved.</source>
        <translation>Anfitrião desconhecido: não foi possível resolver {0}.</translation>
    </message>
    <message>
        <source>The chroot {0} does not exist on {1}.</source>
        <translation>O chroot {0} não existe em {1}.</translation>
    </message>
    <message>
        <source>{0} accepts connections through the tunnel but did not start a session (is it a ZooKeeper client port? does it expect TLS?)</source>
        <translation>{0} aceita ligações através do túnel mas não iniciou uma sessão (é uma porta de clientes do ZooKeeper? espera TLS?)</translation>
    </message>
    <message>
        <source>Could not connect within {0} s through {1}: {2}.</source>
        <translation>Não foi possível ligar em {0} s através de {1}: {2}.</translation>
    </message>
    <message>
        <source>{0} accepts connections but the TLS handshake failed ({1}); check that the server has TLS on that port (secureClientPort)</source>
        <translation>{0} aceita ligações mas o handshake TLS falhou ({1}); verifique se o servidor tem TLS nessa porta (secureClientPort)</translation>
    </message>
    <message>
        <source>{0} accepts connections but did not start a session (is it a ZooKeeper client port? does it expect TLS?)</source>
        <translation>{0} aceita ligações mas não iniciou uma sessão (é uma porta de cliente ZooKeeper? espera TLS?)</translation>
    </message>
    <message>
        <source>{0} refused the connection</source>
        <translation>{0} recusou a ligação</translation>
    </message>
    <message>
        <source>{0} did not answer</source>
        <translation>{0} não respondeu</translation>
    </message>
    <message>
        <source>Could not connect within {0} s: {1}.</source>
        <translation>Não foi possível ligar em {0} s: {1}.</translation>
    </message>
</context>
<context>
    <name>zk.ssh</name>
    <message>
        <source>Through the jump host {0}: {1}.</source>
        <translation>Através do servidor de salto {0}: {1}.</translation>
    </message>
    <message>
        <source>the SSH connection to the jump host is down</source>
        <translation>a ligação SSH ao servidor de salto está em baixo</translation>
    </message>
    <message>
        <source>the jump host cannot reach {0} ({1}: refused, unknown name or no route)</source>
        <translation>o servidor de salto não chega a {0} ({1}: recusada, nome desconhecido ou sem rota)</translation>
    </message>
    <message>
        <source>The SSH connection to {0} dropped; connecting again…</source>
        <translation>A ligação SSH a {0} caiu; a ligar de novo…</translation>
    </message>
    <message>
        <source>The SSH tunnel through {0} is down: {1}</source>
        <translation>O túnel SSH através de {0} está em baixo: {1}</translation>
    </message>
    <message>
        <source>The SSH tunnel through {0} is back.</source>
        <translation>O túnel SSH através de {0} voltou.</translation>
    </message>
    <message>
        <source>The authenticity of the jump host {0} cannot be established.
{1} key fingerprint is {2}.
Trust it and add it to {3} (yes/no)? </source>
        <translation>Não é possível confirmar a autenticidade do servidor de salto {0}.
A impressão digital da chave {1} é {2}.
Confiar nela e acrescentá-la a {3} (yes/no)? </translation>
    </message>
    <message>
        <source>Passphrase of the SSH key {0}: </source>
        <translation>Frase-passe da chave SSH {0}: </translation>
    </message>
    <message>
        <source>Password of {0}: </source>
        <translation>Palavra-passe de {0}: </translation>
    </message>
    <message>
        <source>No answer within {0} s to the question about the jump host {1}.</source>
        <extracomment>Keyring kinds (see zk.secrets): a key file's passphrase, a jump host's password.</extracomment>
        <translation>Sem resposta em {0} s à pergunta sobre o servidor de salto {1}.</translation>
    </message>
    <message>
        <source>The jump host name {0} could not be resolved.</source>
        <translation>Não foi possível resolver o nome do servidor de salto {0}.</translation>
    </message>
    <message>
        <source>The jump host {0} did not answer within {1} s.</source>
        <translation>O servidor de salto {0} não respondeu em {1} s.</translation>
    </message>
    <message>
        <source>The jump host {0} refused the connection (is its SSH server on that port?).</source>
        <translation>O servidor de salto {0} recusou a ligação (o seu servidor SSH está nessa porta?).</translation>
    </message>
    <message>
        <source>The jump host {0} cannot be reached: {1}.</source>
        <translation>Não é possível chegar ao servidor de salto {0}: {1}.</translation>
    </message>
    <message>
        <source>{0} accepted the connection but did not complete the SSH handshake within {1} s (is it an SSH server?).</source>
        <translation>{0} aceitou a ligação mas não concluiu o estabelecimento SSH em {1} s (é um servidor SSH?).</translation>
    </message>
    <message>
        <source>The SSH handshake with {0} failed: {1}.</source>
        <translation>O estabelecimento SSH com {0} falhou: {1}.</translation>
    </message>
    <message>
        <source>The host key of the jump host {0} has changed ({1} key {2}); it does not match the one in {3}. Someone may be intercepting the connection, or the key was replaced: if you trust the new key, remove the old line from that file.</source>
        <translation>A chave de anfitrião do servidor de salto {0} mudou (chave {1} {2}); não corresponde à que está em {3}. Alguém pode estar a intercetar a ligação, ou a chave foi substituída: se confia na nova chave, retire a linha antiga desse ficheiro.</translation>
    </message>
    <message>
        <source>The host key of the jump host {0} is unknown ({1} {2}) and nobody was asked: connect once with ssh, or add it to {3}.</source>
        <translation>A chave de anfitrião do servidor de salto {0} é desconhecida ({1} {2}) e não houve a quem perguntar: ligue-se uma vez com o ssh, ou acrescente-a a {3}.</translation>
    </message>
    <message>
        <source>Not connected: the host key of the jump host {0} was not accepted.</source>
        <translation>Sem ligação: a chave de anfitrião do servidor de salto {0} não foi aceite.</translation>
    </message>
    <message>
        <source>The jump host did not answer the login within {0} s.</source>
        <translation>O servidor de salto não respondeu à autenticação em {0} s.</translation>
    </message>
    <message>
        <source>The jump host closed the connection during the login: {0}.</source>
        <translation>O servidor de salto fechou a ligação durante a autenticação: {0}.</translation>
    </message>
    <message>
        <source>The SSH key file {0} cannot be used: {1}.</source>
        <translation>Não é possível usar o ficheiro de chave SSH {0}: {1}.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the SSH key {0} ({1} tries).</source>
        <translation>Frase-passe errada para a chave SSH {0} ({1} tentativas).</translation>
    </message>
    <message>
        <source>the key {0}</source>
        <translation>a chave {0}</translation>
    </message>
    <message>
        <source>the SSH agent's keys</source>
        <translation>as chaves do agente SSH</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>uma palavra-passe</translation>
    </message>
    <message>
        <source>no key (none given, none in an agent)</source>
        <translation>nenhuma chave (nenhuma indicada, nenhuma num agente)</translation>
    </message>
    <message>
        <source>The jump host {0} refused the login as {1} (tried {2}); check the user name and the key.</source>
        <translation>O servidor de salto {0} recusou a autenticação como {1} (tentou-se {2}); verifique o nome de utilizador e a chave.</translation>
    </message>
    <message>
        <source>The host key of the jump host {0} changed since the connect.</source>
        <translation>A chave de anfitrião do servidor de salto {0} mudou desde a ligação.</translation>
    </message>
    <message>
        <source>The jump host {0} no longer accepts the login.</source>
        <translation>O servidor de salto {0} já não aceita a autenticação.</translation>
    </message>
</context>
<context>
    <name>zk.stat</name>
    <message>
        <source>No session owns this node. The server reports persistent, container and TTL nodes alike (ephemeralOwner 0), so which of the three it is cannot be told.</source>
        <translation>Nenhuma sessão é dona deste nó. O servidor não distingue nós persistentes, contentores e TTL (ephemeralOwner 0), por isso não é possível saber qual dos três é.</translation>
    </message>
    <message>
        <source>Transaction id that created the node</source>
        <translation>Id da transação que criou o nó</translation>
    </message>
    <message>
        <source>Transaction id that last changed the node's data</source>
        <translation>Id da transação que alterou os dados do nó pela última vez</translation>
    </message>
    <message>
        <source>Transaction id that last changed the node's children</source>
        <translation>Id da transação que alterou os filhos do nó pela última vez</translation>
    </message>
    <message>
        <source>Number of changes to the node's data</source>
        <translation>Número de alterações aos dados do nó</translation>
    </message>
    <message>
        <source>Number of changes to the node's children</source>
        <translation>Número de alterações aos filhos do nó</translation>
    </message>
    <message>
        <source>Number of changes to the node's ACL</source>
        <translation>Número de alterações à ACL do nó</translation>
    </message>
    <message>
        <source>Number of children</source>
        <translation>Número de filhos</translation>
    </message>
    <message>
        <source>{0} ms since the epoch</source>
        <translation>{0} ms desde a época (epoch)</translation>
    </message>
    <message>
        <source>{0} ms since the epoch ({1} UTC)</source>
        <translation>{0} ms desde a época (epoch) ({1} UTC)</translation>
    </message>
    <message>
        <source>{0} (epoch {1}, counter {2})</source>
        <translation>{0} (época {1}, contador {2})</translation>
    </message>
    <message>
        <source>0 (persistent, container or TTL)</source>
        <translation>0 (persistente, contentor ou TTL)</translation>
    </message>
    <message>
        <source>Session that owns this ephemeral node ({0} in decimal)</source>
        <translation>Sessão dona deste nó efémero ({0} em decimal)</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 byte</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} bytes</translation>
    </message>
    <message>
        <source>Created (local time): {0}</source>
        <translation>Criado (hora local): {0}</translation>
    </message>
    <message>
        <source>Last modified (local time): {0}</source>
        <translation>Última alteração (hora local): {0}</translation>
    </message>
    <message>
        <source>Size of the node's data: {0}</source>
        <translation>Tamanho dos dados do nó: {0}</translation>
    </message>
</context>
<context>
    <name>zk.texts</name>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0} e mais {1}</translation>
    </message>
</context>
<context>
    <name>zk.transfer_format</name>
    <message>
        <source>Line {0} (the root)</source>
        <translation>Linha {0} (a raiz)</translation>
    </message>
    <message>
        <source>Line {0} ({1})</source>
        <translation>Linha {0} ({1})</translation>
    </message>
    <message>
        <source>{0}: the node has no ACL entry (a list of [scheme, id, perms]).</source>
        <translation>{0}: o nó não tem nenhuma entrada de ACL (uma lista de [esquema, id, permissões]).</translation>
    </message>
    <message>
        <source>an ACL entry is not [scheme, id, permissions]: {0}.</source>
        <translation>uma entrada de ACL não é [esquema, id, permissões]: {0}.</translation>
    </message>
    <message>
        <source>{0}: the node has both "data" and "data_base64".</source>
        <translation>{0}: o nó tem "data" e "data_base64" ao mesmo tempo.</translation>
    </message>
    <message>
        <source>{0}: "data_base64" is not a string.</source>
        <translation>{0}: "data_base64" não é uma cadeia de texto.</translation>
    </message>
    <message>
        <source>{0}: "data_base64" is not valid base64.</source>
        <translation>{0}: "data_base64" não é base64 válido.</translation>
    </message>
    <message>
        <source>{0}: the node has no "data" (or "data_base64").</source>
        <translation>{0}: o nó não tem "data" (nem "data_base64").</translation>
    </message>
    <message>
        <source>{0}: "data" is not a string.</source>
        <translation>{0}: "data" não é uma cadeia de texto.</translation>
    </message>
    <message>
        <source>{0}: "data" holds an unpaired surrogate, not text.</source>
        <translation>{0}: "data" contém um substituto (surrogate) sem par, não é texto.</translation>
    </message>
    <message>
        <source>Line {0}: invalid path {1}: {2}</source>
        <translation>Linha {0}: caminho inválido {1}: {2}</translation>
    </message>
    <message>
        <source>Line {0} is not a node (a JSON object).</source>
        <translation>A linha {0} não é um nó (um objeto JSON).</translation>
    </message>
    <message>
        <source>Line {0}: the node has no "path".</source>
        <translation>Linha {0}: o nó não tem "path".</translation>
    </message>
    <message>
        <source>{0}: unknown kind {1} (persistent or ephemeral).</source>
        <translation>{0}: tipo desconhecido {1} (persistent ou ephemeral).</translation>
    </message>
    <message>
        <source>{0}: "container" is not true or false.</source>
        <translation>{0}: "container" não é true nem false.</translation>
    </message>
    <message>
        <source>{0}: "ttl" is not a whole number of milliseconds.</source>
        <translation>{0}: "ttl" não é um número inteiro de milissegundos.</translation>
    </message>
    <message>
        <source>The compressed file is cut short after line {0}: it cannot be read whole.</source>
        <translation>O ficheiro comprimido está cortado depois da linha {0}: não pode ser lido por inteiro.</translation>
    </message>
    <message>
        <source>The compressed file is damaged after line {0}: it cannot be read whole.</source>
        <translation>O ficheiro comprimido está danificado depois da linha {0}: não pode ser lido por inteiro.</translation>
    </message>
    <message>
        <source>{0} is not a zkinspector export file (its first line is not the header).</source>
        <translation>{0} não é um ficheiro de exportação do zkinspector (a sua primeira linha não é o cabeçalho).</translation>
    </message>
    <message>
        <source>{0} is empty: it is not an export file.</source>
        <translation>{0} está vazio: não é um ficheiro de exportação.</translation>
    </message>
    <message>
        <source>Line 1: the header has no valid format version ({0}).</source>
        <translation>Linha 1: o cabeçalho não tem uma versão de formato válida ({0}).</translation>
    </message>
    <message>
        <source>The file is in format version {0}; this zkinspector reads versions up to {1}: use a newer zkinspector.</source>
        <translation>O ficheiro está na versão de formato {0}; este zkinspector lê versões até à {1}: use um zkinspector mais recente.</translation>
    </message>
    <message>
        <source>Line 1: the header's root {0} is not a znode path.</source>
        <translation>Linha 1: a raiz {0} do cabeçalho não é um caminho de znode.</translation>
    </message>
    <message>
        <source>Line {0} follows the end line: the file was changed after export.</source>
        <translation>A linha {0} vem depois da linha final: o ficheiro foi alterado depois da exportação.</translation>
    </message>
    <message>
        <source>The file is cut short in line {0} (it has no end line).</source>
        <translation>O ficheiro está cortado na linha {0} (não tem linha final).</translation>
    </message>
    <message>
        <source>Line {0} is not UTF-8 text.</source>
        <translation>A linha {0} não é texto UTF-8.</translation>
    </message>
    <message>
        <source>Line {0} is not valid JSON.</source>
        <translation>A linha {0} não é JSON válido.</translation>
    </message>
    <message>
        <source>Line {0}: the path {1} appears a second time.</source>
        <translation>Linha {0}: o caminho {1} aparece uma segunda vez.</translation>
    </message>
    <message>
        <source>Line {0}: the first node must be the exported root (path "").</source>
        <translation>Linha {0}: o primeiro nó tem de ser a raiz exportada (caminho "").</translation>
    </message>
    <message>
        <source>Line {0}: {1} comes before its parent (or its parent is missing).</source>
        <translation>Linha {0}: {1} vem antes do seu pai (ou o pai falta).</translation>
    </message>
    <message>
        <source>The file ends after line {0} without its end line: it is truncated.</source>
        <translation>O ficheiro acaba depois da linha {0} sem a linha final: está truncado.</translation>
    </message>
    <message>
        <source>Line {0}: the end line counts {1} nodes but the file holds {2}.</source>
        <translation>Linha {0}: a linha final conta {1} nós mas o ficheiro contém {2}.</translation>
    </message>
</context>
<context>
    <name>zk.tree_writer</name>
    <message>
        <source>{0} belongs to the ZooKeeper server; nothing is written there.</source>
        <translation>{0} pertence ao servidor ZooKeeper; nada é escrito aí.</translation>
    </message>
    <message>
        <source>{0}: the node's data ({1}) does not fit in one request to the server, which accepts at most {2} (jute.maxbuffer).</source>
        <translation>{0}: os dados do nó ({1}) não cabem num pedido ao servidor, que aceita no máximo {2} (jute.maxbuffer).</translation>
    </message>
    <message>
        <source>{0} was not written: its ACL was read without ADMIN permission, so its digest ids are hidden (user:x), and writing them would lock their users out.</source>
        <translation>{0} não foi escrito: a sua ACL foi lida sem a permissão ADMIN, por isso os ids digest estão ocultos (user:x), e escrevê-los deixaria os seus utilizadores sem acesso.</translation>
    </message>
    <message>
        <source>1 node exists at the target with other data or another ACL ({1}); nothing was written (on conflict: abort).</source>
        <translation>1 nó existe no destino com outros dados ou outra ACL ({1}); nada foi escrito (em conflito: abort).</translation>
    </message>
    <message>
        <source>{0} nodes exist at the target with other data or another ACL (first: {1}); nothing was written (on conflict: abort).</source>
        <translation>{0} nós existem no destino com outros dados ou outra ACL (o primeiro: {1}); nada foi escrito (em conflito: abort).</translation>
    </message>
    <message>
        <source>write</source>
        <translation>escrever</translation>
    </message>
    <message>
        <source>{0} exists with other data or another ACL; stopped there (on conflict: abort).</source>
        <translation>{0} existe com outros dados ou outra ACL; parou aí (em conflito: abort).</translation>
    </message>
    <message>
        <source>{0} was created persistent, not as a TTL node: the server takes TTL nodes only with extendedTypesEnabled=true.</source>
        <translation>{0} foi criado persistente, não como nó TTL: o servidor só aceita nós TTL com extendedTypesEnabled=true.</translation>
    </message>
    <message>
        <source>The sequence counter of {0} was not raised past its entries: the writing ended before (new sequential children there may get lower numbers).</source>
        <translation>O contador de sequência de {0} não foi elevado acima das suas entradas: a escrita terminou antes (novos filhos sequenciais aí podem receber números mais baixos).</translation>
    </message>
</context>
<context>
    <name>zk.watches</name>
    <message>
        <source>This server has no persistent watches (they came with ZooKeeper 3.6): a subtree cannot be watched as a whole.</source>
        <extracomment>Watch event types as the server numbers them (Watcher.Event.EventType).</extracomment>
        <translation>Este servidor não tem vigias persistentes (surgiram no ZooKeeper 3.6): uma subárvore não pode ser vigiada como um todo.</translation>
    </message>
</context>
<context>
    <name>zk.writes</name>
    <message>
        <source>saving {0}</source>
        <translation>guardava {0}</translation>
    </message>
    <message>
        <source>The connection dropped while creating a sequential node under {0}; the server may or may not have created it. Look for children named "{1}" followed by ten digits before creating it again.</source>
        <translation>A ligação caiu durante a criação de um nó sequencial sob {0}; o servidor pode ou não tê-lo criado. Procure filhos com o nome "{1}" seguido de dez algarismos antes de o criar de novo.</translation>
    </message>
    <message>
        <source>creating {0}</source>
        <translation>criava {0}</translation>
    </message>
    <message>
        <source>The connection dropped while {0} and did not come back in time; the server may or may not have applied it. Check the node before trying again.</source>
        <translation>A ligação caiu enquanto se {0} e não voltou a tempo; o servidor pode ou não ter aplicado a operação. Verifique o nó antes de tentar de novo.</translation>
    </message>
</context>
</TS>