from array import _array_reconstructor as renamed
