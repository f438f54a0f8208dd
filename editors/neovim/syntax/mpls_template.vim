" Mini-program templates (.wxml .ttml .axml .swan, QQ .qml): HTML syntax plus {{ }}
" expressions and platform directives. Sourced by syntax/wxml.vim and friends.
if exists('b:current_syntax')
  finish
endif
runtime! syntax/html.vim
unlet! b:current_syntax

syn match mplsDirective contained containedin=htmlTag "\v<%(wx|tt|a|qq):[a-zA-Z][-a-zA-Z]*"
syn match mplsDirective contained containedin=htmlTag "\v<s-%(if|elif|else|for|for-item|for-index|key)>"
syn match mplsEvent contained containedin=htmlTag "\v<%(capture-bind|capture-catch|mut-bind|bind|catch):?[a-z][-a-z]*"
syn match mplsEvent contained containedin=htmlTag "\v<%(on|catch)[A-Z][a-zA-Z]*"
syn region mplsExpression matchgroup=mplsDelimiter start="{{" end="}}" containedin=ALLBUT,htmlComment,mplsExpression keepend

hi def link mplsDirective Statement
hi def link mplsEvent Function
hi def link mplsDelimiter Delimiter
hi def link mplsExpression Identifier

let b:current_syntax = 'mpls_template'
