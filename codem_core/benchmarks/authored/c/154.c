//@@ header
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <stdbool.h>
//@@ helpers
//@@ doc_append
//@@ signature
bool cycpattern_check(const char *a, const char *b) {
//@@ solution
    int len_a = strlen(a);
    int len_b = strlen(b);
    char *temp = (char *)malloc(2 * len_b + 1);

    for (int i = 0; i < len_b; i++) {
        strncpy(temp, b + i, len_b - i);
        strncpy(temp + len_b - i, b, i);
        temp[len_b] = '\0';
        if (strstr(a, temp)) {
            free(temp);
            return true;
        }
    }

    free(temp);
    return false;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(cycpattern_check("xyzw", "xyw") == 0);
    }
    {
        assert(cycpattern_check("yello", "ell") == 1);
    }
    {
        assert(cycpattern_check("whattup", "ptut") == 0);
    }
    {
        assert(cycpattern_check("efef", "fee") == 1);
    }
    {
        assert(cycpattern_check("abab", "aabb") == 0);
    }
    {
        assert(cycpattern_check("winemtt", "tinem") == 1);
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
        assert(cycpattern_check("abcd", "abd") == 0);
    }
    {
        assert(cycpattern_check("hello", "ell") == 1);
    }
    {
        assert(cycpattern_check("whassup", "psus") == 0);
    }
    {
        assert(cycpattern_check("abab", "baa") == 1);
    }
    {
        assert(cycpattern_check("efef", "eeff") == 0);
    }
    {
        assert(cycpattern_check("himenss", "simen") == 1);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed cycpattern_check.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
