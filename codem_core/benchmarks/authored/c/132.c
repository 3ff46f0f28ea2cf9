//@@ header
#include <stdio.h>
#include <string.h>
//@@ helpers
//@@ doc_append
//@@ signature
int is_nested(const char *str) {
//@@ solution
    int count = 0, maxcount = 0;
    for (int i = 0; i < strlen(str); i++) {
        if (str[i] == '[') count += 1;
        if (str[i] == ']') count -= 1;
        if (count < 0) count = 0;
        if (count > maxcount) maxcount = count;
        if (count <= maxcount - 2) return 1;
    }
    return 0;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(is_nested("[[]]") == 1);
    }
    {
        assert(is_nested("[]]]]]]][[[[[]") == 0);
    }
    {
        assert(is_nested("[][]") == 0);
    }
    {
        assert(is_nested("[]") == 0);
    }
    {
        assert(is_nested("[[[[]]]]") == 1);
    }
    {
        assert(is_nested("[]]]]]]]]]]") == 0);
    }
    {
        assert(is_nested("[][][[]]") == 1);
    }
    {
        assert(is_nested("[[]") == 0);
    }
    {
        assert(is_nested("[]]") == 0);
    }
    {
        assert(is_nested("[[]][[") == 1);
    }
    {
        assert(is_nested("[[][]]") == 1);
    }
    {
        assert(is_nested("") == 0);
    }
    {
        assert(is_nested("[[[[[[[[") == 0);
    }
    {
        assert(is_nested("]]]]]]]]") == 0);
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
        assert(is_nested("[[]]") == 1);
    }
    {
        assert(is_nested("[]]]]]]][[[[[]") == 0);
    }
    {
        assert(is_nested("[][]") == 0);
    }
    {
        assert(is_nested("[]") == 0);
    }
    {
        assert(is_nested("[[]][[") == 1);
    }
    {
        assert(is_nested("[[][]]") == 1);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed is_nested.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
