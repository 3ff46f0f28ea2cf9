//@@ header
#include <stdio.h>
#include <string.h>
#include <ctype.h>
//@@ helpers
//@@ doc_append
//@@ signature
int count_distinct_characters(const char *str) {
//@@ solution
    int count = 0;
    int char_map[256] = {0};
    int index;
    
    for (index = 0; str[index]; index++) {
        char ch = tolower((unsigned char)str[index]);
        if (char_map[(unsigned char)ch] == 0) {
            char_map[(unsigned char)ch] = 1;
            count++;
        }
    }
    
    return count;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(count_distinct_characters("") == 0);
    }
    {
        assert(count_distinct_characters("abcde") == 5);
    }
    {
        assert(count_distinct_characters("abcdecadeCADE") == 5);
    }
    {
        assert(count_distinct_characters("aaaaAAAAaaaa") == 1);
    }
    {
        assert(count_distinct_characters("Jerry jERRY JeRRRY") == 5);
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
        assert(count_distinct_characters("xyzXYZ") == 3);
    }
    {
        assert(count_distinct_characters("Jerry") == 4);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed count_distinct_characters.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: solution counted letters only; HumanEval counts every distinct character regardless of case (the test's 'Jerry jERRY JeRRRY' == 5 counts the space).
