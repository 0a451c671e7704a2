<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own texts that zkinspector shows and that Qt has no current European Portuguese
     for (Qt's qt_pt_PT.qm predates them); loaded after qt_pt_PT.qm, so these win. QShortcut: the key names shown
     beside menu items and in the shortcut list. -->
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>OK</translation></message>
    <message><source>Save</source><translation>Guardar</translation></message>
    <message><source>Save All</source><translation>Guardar tudo</translation></message>
    <message><source>Open</source><translation>Abrir</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Sim</translation></message>
    <message><source>Yes to &amp;All</source><translation>Sim para &amp;todos</translation></message>
    <message><source>&amp;No</source><translation>&amp;Não</translation></message>
    <message><source>N&amp;o to All</source><translation>Nã&amp;o para todos</translation></message>
    <message><source>Abort</source><translation>Abortar</translation></message>
    <message><source>Retry</source><translation>Tentar de novo</translation></message>
    <message><source>Ignore</source><translation>Ignorar</translation></message>
    <message><source>Close</source><translation>Fechar</translation></message>
    <message><source>Cancel</source><translation>Cancelar</translation></message>
    <message><source>Discard</source><translation>Descartar</translation></message>
    <message><source>Help</source><translation>Ajuda</translation></message>
    <message><source>Apply</source><translation>Aplicar</translation></message>
    <message><source>Reset</source><translation>Repor</translation></message>
    <message><source>Restore Defaults</source><translation>Repor as predefinições</translation></message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message><source>&amp;Undo</source><translation>&amp;Anular</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Refazer</translation></message>
    <message><source>Cu&amp;t</source><translation>Cor&amp;tar</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Copiar</translation></message>
    <message><source>Copy &amp;Link Location</source><translation>Copiar o endereço da &amp;ligação</translation></message>
    <message><source>&amp;Paste</source><translation>Co&amp;lar</translation></message>
    <message><source>Delete</source><translation>Eliminar</translation></message>
    <message><source>Select All</source><translation>Selecionar tudo</translation></message>
</context>
<context>
    <name>QLineEdit</name>
    <message><source>&amp;Undo</source><translation>&amp;Anular</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Refazer</translation></message>
    <message><source>Cu&amp;t</source><translation>Cor&amp;tar</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Copiar</translation></message>
    <message><source>&amp;Paste</source><translation>Co&amp;lar</translation></message>
    <message><source>Delete</source><translation>Eliminar</translation></message>
    <message><source>Select All</source><translation>Selecionar tudo</translation></message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message><source>&amp;Select All</source><translation>&amp;Selecionar tudo</translation></message>
    <message><source>&amp;Step up</source><translation>&amp;Aumentar</translation></message>
    <message><source>Step &amp;down</source><translation>&amp;Diminuir</translation></message>
</context>
<context>
    <name>QMessageBox</name>
    <message><source>Show Details...</source><translation>Mostrar detalhes…</translation></message>
    <message><source>Hide Details...</source><translation>Ocultar detalhes…</translation></message>
</context>
<context>
    <name>QDockWidget</name>
    <message><source>Float</source><translation>Destacar</translation></message>
    <message><source>Close</source><translation>Fechar</translation></message>
</context>
<context>
    <name>QFileDialog</name>
    <message><source>All Files (*)</source><translation>Todos os ficheiros (*)</translation></message>
    <message><source>Look in:</source><translation>Procurar em:</translation></message>
    <message><source>File &amp;name:</source><translation>&amp;Nome do ficheiro:</translation></message>
    <message><source>Files of type:</source><translation>Ficheiros do tipo:</translation></message>
    <message><source>&amp;Open</source><translation>&amp;Abrir</translation></message>
    <message><source>Open</source><translation>Abrir</translation></message>
    <message><source>Cancel</source><translation>Cancelar</translation></message>
    <message><source>Back</source><translation>Recuar</translation></message>
    <message><source>Forward</source><translation>Avançar</translation></message>
    <message><source>Parent Directory</source><translation>Pasta acima</translation></message>
    <message><source>Create New Folder</source><translation>Criar uma pasta nova</translation></message>
    <message><source>List View</source><translation>Vista de lista</translation></message>
    <message><source>Detail View</source><translation>Vista de detalhes</translation></message>
</context>
<context>
    <name>QShortcut</name>
    <message><source>Ctrl</source><translation>Ctrl</translation></message>
    <message><source>Shift</source><translation>Shift</translation></message>
    <message><source>Alt</source><translation>Alt</translation></message>
    <message><source>Meta</source><translation>Meta</translation></message>
    <message><source>Backspace</source><translation>Retrocesso</translation></message>
    <message><source>Esc</source><translation>Esc</translation></message>
    <message><source>Return</source><translation>Enter</translation></message>
    <message><source>Enter</source><translation>Enter</translation></message>
    <message><source>Space</source><translation>Espaço</translation></message>
    <message><source>Home</source><translation>Início</translation></message>
    <message><source>End</source><translation>Fim</translation></message>
    <message><source>PgUp</source><translation>PgUp</translation></message>
    <message><source>PgDown</source><translation>PgDown</translation></message>
    <message><source>Left</source><translation>Esquerda</translation></message>
    <message><source>Right</source><translation>Direita</translation></message>
    <message><source>Up</source><translation>Cima</translation></message>
    <message><source>Down</source><translation>Baixo</translation></message>
    <message><source>Back</source><translation>Recuar</translation></message>
    <message><source>Forward</source><translation>Avançar</translation></message>
    <message><source>Refresh</source><translation>Atualizar</translation></message>
    <message><source>Close</source><translation>Fechar</translation></message>
    <message><source>Zoom In</source><translation>Ampliar</translation></message>
    <message><source>Zoom Out</source><translation>Reduzir</translation></message>
    <message><source>Find</source><translation>Procurar</translation></message>
    <message><source>Save</source><translation>Guardar</translation></message>
    <message><source>Copy</source><translation>Copiar</translation></message>
    <message><source>Paste</source><translation>Colar</translation></message>
    <message><source>Cut</source><translation>Cortar</translation></message>
    <message><source>Undo</source><translation>Anular</translation></message>
    <message><source>Redo</source><translation>Refazer</translation></message>
    <message><source>Open</source><translation>Abrir</translation></message>
    <message><source>New</source><translation>Novo</translation></message>
    <message><source>Help</source><translation>Ajuda</translation></message>
    <message><source>Print</source><translation>Imprimir</translation></message>
</context>
</TS>
