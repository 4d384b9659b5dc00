// Buttons look alike everywhere and always show where the keyboard is.
import type { ButtonHTMLAttributes } from 'react';

const looks = {
  primary: 'bg-oi-blue text-white hover:bg-[#005a8c] border border-oi-blue',
  secondary: 'bg-white text-slate-800 hover:bg-slate-100 border border-slate-300',
  link: 'text-oi-blue underline underline-offset-2 hover:text-[#005a8c] border border-transparent',
} as const;

// Links sit in running text, so they drop the side padding.
const sizes = { sm: 'px-2 py-0.5 text-sm', md: 'px-3 py-1.5 text-sm' } as const;

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  look?: keyof typeof looks;
  size?: keyof typeof sizes;
}

export function Button({ look = 'secondary', size = 'md', className = '', type = 'button', ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      className={`inline-flex items-center gap-1 rounded font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-oi-blue disabled:opacity-50 ${looks[look]} ${look === 'link' ? 'py-0.5 text-sm' : sizes[size]} ${className}`}
      {...rest}
    />
  );
}
