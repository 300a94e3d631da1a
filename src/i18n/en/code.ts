/** The code export menu: scripts that redo the current iteration in NumPy and PyTorch. */
export const code = {
  menu: 'Export code…',
  menuHint: 'Download a Python script that does the current iteration as the app does',
  items: 'Code export',
  numpy: 'NumPy script (backward pass by hand)',
  pytorch: 'PyTorch script (autograd, torch.optim)',
} as const;
