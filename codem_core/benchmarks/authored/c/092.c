//@@ header
#include <stdio.h>
#include <math.h>
//@@ helpers
//@@ doc_append
//@@ signature
int any_int(float a, float b, float c) {
//@@ solution
    if (roundf(a) != a) return 0;
    if (roundf(b) != b) return 0;
    if (roundf(c) != c) return 0;
    if ((a + b == c) || (a + c == b) || (b + c == a)) return 1;
    return 0;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(any_int(2.0f, 3.0f, 1.0f) == 1);
    }
    {
        assert(any_int(2.5f, 2.0f, 3.0f) == 0);
    }
    {
        assert(any_int(1.5f, 5.0f, 3.5f) == 0);
    }
    {
        assert(any_int(2.0f, 6.0f, 2.0f) == 0);
    }
    {
        assert(any_int(4.0f, 2.0f, 2.0f) == 1);
    }
    {
        assert(any_int(2.2f, 2.2f, 2.2f) == 0);
    }
    {
        assert(any_int(-4.0f, 6.0f, 2.0f) == 1);
    }
    {
        assert(any_int(2.0f, 1.0f, 1.0f) == 1);
    }
    {
        assert(any_int(3.0f, 4.0f, 7.0f) == 1);
    }
    {
        assert(any_int(3.01f, 4.0f, 7.0f) == 0);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(any_int(5.0f, 2.0f, 7.0f) == 1);
    }
    {
        assert(any_int(3.0f, 2.0f, 2.0f) == 0);
    }
    {
        assert(any_int(3.0f, -2.0f, 1.0f) == 1);
    }
    {
        assert(any_int(3.6f, -2.2f, 2.0f) == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed any_int.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
