#name: AddOne
#language: python
#input: int x
#output: int y
y = x + 1
