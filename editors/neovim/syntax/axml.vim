" axml: a mini-program template.
runtime! syntax/mpls_template.vim
