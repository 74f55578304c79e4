import-unreadable-title = Não foi possível ler o arquivo
import-unreadable-body = Escolha um arquivo de texto CSV ou JSON Lines.
import-finished-title = Importação concluída
import-finished-body = Criados: { $created }, atualizados: { $updated }, inalterados: { $unchanged }, com erros (não gravados): { $errors }.
import-title = Importar e exportar usuários
import-lead = Um arquivo CSV com uma linha de cabeçalho com estas colunas — { $columns } (vários valores separados por ;) — ou JSON Lines. Os usuários são identificados pelo nome de usuário: os novos são criados e os conhecidos, atualizados. Ninguém recebe senha a partir de um arquivo.
import-file = Arquivo a importar
import-file-rows = { $count ->
    [one] { $name }: { $count } linha
   *[other] { $name }: { $count } linhas
}
import-invite = Enviar a cada novo usuário um convite por e-mail para definir a senha
import-dry-run = Verificar o arquivo (não grava nada)
import-apply = { $count ->
    [one] Importar { $count } linha
   *[other] Importar { $count } linhas
}
import-export = Baixar todos os usuários (CSV)
import-progress = { $done } de { $total } linhas processadas
import-resume = Retomar a partir da linha { $row }
import-check-title = Verificação do arquivo
import-done-title = O que a importação fez
import-summary = A criar: { $create }, a atualizar: { $update }, inalteradas: { $unchanged }, com erros: { $errors }.
import-summary-dry-run = Nada foi gravado. A criar: { $create }, a atualizar: { $update }, inalteradas: { $unchanged }, com erros: { $errors }.
import-rows = Linhas
import-col-line = Linha
import-col-username = Nome de usuário
import-col-result = Resultado
import-col-problem = Problema ou observação
import-result = { $result ->
    [created] criado
    [updated] atualizado
    [unchanged] inalterado
    [error] erro
   *[unknown] { $result }
}
import-hidden = { $hidden ->
    [one] Mais { $hidden } linha sem erros não está listada.
   *[other] Mais { $hidden } linhas sem erros não estão listadas.
}
